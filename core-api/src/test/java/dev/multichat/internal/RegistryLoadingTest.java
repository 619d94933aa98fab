package dev.multichat.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.PluginException;
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
import java.util.ServiceConfigurationError;
import java.util.concurrent.atomic.AtomicInteger;
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
    @DisplayName("a services entry naming a missing class fails with our exception naming it, cause chained")
    void missingClassEntry() throws IOException {
        try (URLClassLoader loader = loaderListing("com.example.NoSuchProvider")) {
            Registry registry = Registry.using(loader);
            assertThatThrownBy(() -> registry.open(StoreConfig.of("memory:")))
                    .isInstanceOf(PluginException.class)
                    .hasMessageContaining("com.example.NoSuchProvider")
                    .hasMessageContaining("META-INF/services/dev.multichat.spi.StoreProvider")
                    .hasCauseInstanceOf(ServiceConfigurationError.class);
            assertThatThrownBy(registry::providers).isInstanceOf(PluginException.class);
        }
    }

    @Test
    @DisplayName("a services entry naming a class that is not a provider fails naming the class")
    void notAProviderEntry() throws IOException {
        try (URLClassLoader loader = loaderListing(RegistryLoadingTest.class.getName())) {
            assertThatThrownBy(() -> Registry.using(loader).providers())
                    .isInstanceOf(PluginException.class)
                    .hasMessageContaining(RegistryLoadingTest.class.getName())
                    .hasCauseInstanceOf(ServiceConfigurationError.class);
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
    @DisplayName("a ServiceConfigurationError thrown while iterating becomes our exception")
    void errorDuringIteration() {
        ServiceConfigurationError error = new ServiceConfigurationError("Provider x.Y could not be instantiated");
        Registry registry = new Registry(() -> () -> {
            throw error;
        });
        assertThatThrownBy(registry::providers).isInstanceOf(PluginException.class)
                .hasMessageContaining("x.Y").hasCause(error);
    }
}
