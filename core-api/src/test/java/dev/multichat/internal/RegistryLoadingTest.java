package dev.multichat.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.ProviderInfo;
import dev.multichat.api.StoreConfig;
import dev.multichat.internal.memory.MemoryStoreProvider;
import dev.multichat.spi.StoreProvider;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Iterator;
import java.util.ServiceConfigurationError;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryLoadingTest {
    @TempDir
    Path dir;

    private URLClassLoader loaderListing(String... classNames) throws IOException {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        Files.writeString(services.resolve(StoreProvider.class.getName()), String.join("\n", classNames));
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
    }

    @Test
    @DisplayName("a broken services entry names its class and its jar, and does not take down memory:")
    void missingClassEntry() throws IOException {
        try (URLClassLoader loader = loaderListing("com.example.NoSuchProvider")) {
            Registry registry = Registry.using(loader);
            registry.open(StoreConfig.of("memory:")).close();
            assertThat(registry.providers()).extracting(ProviderInfo::scheme).contains("memory");
            assertThatThrownBy(() -> registry.open(StoreConfig.of("nosuch:x")))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("com.example.NoSuchProvider")
                    .hasMessageContaining("META-INF/services/dev.multichat.spi.StoreProvider")
                    .hasMessageContaining(dir.toString());
        }
    }

    @Test
    @DisplayName("a services entry naming a class that is not a provider is left out, named with its jar")
    void notAProviderEntry() throws IOException {
        try (URLClassLoader loader = loaderListing(RegistryLoadingTest.class.getName())) {
            Registry registry = Registry.using(loader);
            assertThat(registry.providers()).extracting(ProviderInfo::scheme).contains("memory");
            assertThatThrownBy(() -> registry.open(StoreConfig.of("nosuch:x")))
                    .hasMessageContaining(RegistryLoadingTest.class.getName()).hasMessageContaining(dir.toString());
        }
    }

    @Test
    @DisplayName("the global registry uses core-api's own class loader, not the first caller's context class loader")
    void ownClassLoader() throws Exception {
        try (URLClassLoader stranger = new URLClassLoader(new URL[0], null)) {
            Registry registry = Registry.fresh();
            Thread thread = new Thread(() -> registry.open(StoreConfig.of("memory:")).close());
            thread.setContextClassLoader(stranger);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            thread.setUncaughtExceptionHandler((t, e) -> failure.set(e));
            thread.start();
            thread.join(30_000);
            assertThat(failure.get()).as("memory: found although the first caller's context loader sees nothing")
                    .isNull();
            assertThat(registry.providers()).extracting(ProviderInfo::scheme).contains("memory");
        }
    }

    @Test
    @DisplayName("a well-formed services entry is found through a real ServiceLoader")
    void realServiceLoader() throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[0], getClass().getClassLoader())) {
            List<ProviderInfo> infos = Registry.using(loader).providers();
            assertThat(infos).extracting(ProviderInfo::providerClass)
                    .contains(MemoryStoreProvider.class.getName());
        }
    }

    @Test
    @DisplayName("providers are found once: later opens and listings reuse them")
    void foundOnce() {
        AtomicInteger calls = new AtomicInteger();
        Registry registry = new Registry(() -> {
            calls.incrementAndGet();
            return List.<StoreProvider>of(new MemoryStoreProvider());
        });
        registry.providers();
        registry.open(StoreConfig.of("memory:")).close();
        registry.open(StoreConfig.of("memory:")).close();
        assertThat(calls).hasValue(1);
    }

    @Test
    @DisplayName("a ServiceConfigurationError thrown while iterating is reported, and the providers after it still"
            + " load")
    void errorDuringIteration() {
        ServiceConfigurationError error = new ServiceConfigurationError("Provider x.Y could not be instantiated");
        Registry registry = new Registry(() -> () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < 2;
            }

            @Override
            public StoreProvider next() {
                if (next++ == 0) {
                    throw error;
                }
                return new MemoryStoreProvider();
            }
        });
        assertThat(registry.providers()).extracting(ProviderInfo::scheme).containsExactly("memory");
        assertThatThrownBy(() -> registry.open(StoreConfig.of("y:z"))).hasMessageContaining("x.Y");
    }
}
