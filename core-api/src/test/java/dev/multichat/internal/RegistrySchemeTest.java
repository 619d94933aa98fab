package dev.multichat.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.PluginException;
import dev.multichat.api.ProviderInfo;
import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreConfig;
import dev.multichat.internal.memory.MemoryStoreProvider;
import dev.multichat.spi.StoreProvider;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RegistrySchemeTest {
    private static Registry of(StoreProvider... providers) {
        return new Registry(() -> List.of(providers));
    }

    @Test
    @DisplayName("an unknown scheme names the scheme asked, the schemes present and the artifact to add")
    void unknownKnownScheme() {
        Registry registry = of(new MemoryStoreProvider(), new TestProviders.Recording("zeta", Set.of()));
        assertThatThrownBy(() -> registry.open(StoreConfig.of("sqlite:data/chats.db")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'sqlite'").hasMessageContaining("[memory, zeta]")
                .hasMessageContaining("dev.multichat:multichat-plugin-sqlite");
        assertThatThrownBy(() -> registry.open(StoreConfig.of("rediss://h:6379")))
                .hasMessageContaining("dev.multichat:multichat-plugin-redis");
    }

    @Test
    @DisplayName("a scheme no known artifact serves still names what is present and what to add")
    void unknownForeignScheme() {
        assertThatThrownBy(() -> of().open(StoreConfig.of("mongo:x")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'mongo'").hasMessageContaining("schemes present: []")
                .hasMessageContaining("plugin whose StoreProvider serves scheme 'mongo'");
    }

    @Test
    @DisplayName("two providers for one scheme fail naming both classes and where each came from")
    void duplicateScheme() {
        Registry registry = of(new TestProviders.Recording("dup", Set.of()), new TestProviders.Rival("dup"));
        String source = ProviderSource.of(new TestProviders.Rival("x"));
        assertThatThrownBy(() -> registry.open(StoreConfig.of("dup:")))
                .isInstanceOf(PluginException.class)
                .hasMessageContaining(TestProviders.Recording.class.getName())
                .hasMessageContaining(TestProviders.Rival.class.getName())
                .hasMessageContaining(source).hasMessageContaining("keep exactly one");
        assertThat(source).contains("test-classes");
    }

    @Test
    @DisplayName("a clash on one scheme does not stop the other schemes from opening")
    void duplicateIsLocal() {
        Registry registry = of(new TestProviders.Recording("dup", Set.of()), new TestProviders.Rival("dup"),
                new MemoryStoreProvider());
        try (SessionStore store = registry.open(StoreConfig.of("memory:"))) {
            assertThat(store.health().status()).isNotNull();
        }
        assertThat(registry.providers()).extracting(ProviderInfo::scheme).containsExactly("dup", "dup", "memory");
    }

    @Test
    @DisplayName("providers() lists every provider sorted by scheme, with class, source and options")
    void providersSorted() {
        Registry registry = of(new TestProviders.Recording("zeta", Set.of("b", "a")), new MemoryStoreProvider());
        List<ProviderInfo> infos = registry.providers();
        assertThat(infos).extracting(ProviderInfo::scheme).containsExactly("memory", "zeta");
        assertThat(infos.get(0).providerClass()).isEqualTo(MemoryStoreProvider.class.getName());
        assertThat(infos.get(0).source()).contains("classes");
        assertThat(infos.get(1).options()).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    @DisplayName("the global registry finds memory: through META-INF/services")
    void globalFindsMemory() {
        assertThat(Registry.global().providers()).extracting(ProviderInfo::scheme).contains("memory");
    }

    @Test
    @DisplayName("a provider declaring a null or malformed scheme is reported naming its class")
    void badScheme() {
        assertThatThrownBy(() -> of(new TestProviders.Recording("Bad Scheme", Set.of())).providers())
                .isInstanceOf(PluginException.class).hasMessageContaining("'Bad Scheme'")
                .hasMessageContaining(TestProviders.Recording.class.getName());
        assertThatThrownBy(() -> of(new TestProviders.Recording(null, Set.of())).open(StoreConfig.of("memory:")))
                .isInstanceOf(PluginException.class).hasMessageContaining("'null'");
    }
}
