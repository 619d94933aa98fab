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
        assertThatThrownBy(() -> registry.open(StoreConfig.of("json:data")))
                .hasMessageContaining("dev.multichat:multichat-plugin-json");
    }

    @Test
    @DisplayName("a scheme this project does not build names no artifact; one edit from a known scheme gets"
            + " did-you-mean")
    void noInventedArtifactsAndDidYouMean() {
        Registry registry = of(new MemoryStoreProvider(), new TestProviders.Recording("zeta", Set.of()));
        assertThatThrownBy(() -> registry.open(StoreConfig.of("cassandra://h")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("[memory, zeta]")
                .message().doesNotContain("dev.multichat:").doesNotContain("did you mean");
        assertThatThrownBy(() -> registry.open(StoreConfig.of("sqlit:chats.db")))
                .hasMessageContaining("did you mean 'sqlite:'");
        assertThatThrownBy(() -> registry.open(StoreConfig.of("memroy:")))
                .hasMessageContaining("did you mean 'memory:'");
        assertThatThrownBy(() -> registry.open(StoreConfig.of("zetas:x")))
                .hasMessageContaining("did you mean 'zeta:'");
        assertThatThrownBy(() -> registry.open(StoreConfig.of("jsonl:x")))
                .hasMessageContaining("did you mean 'json:'");
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
    @DisplayName("a provider declaring a null or malformed scheme is left out and named; other schemes still open")
    void badScheme() {
        Registry registry = of(new TestProviders.Recording("Bad Scheme", Set.of()), new MemoryStoreProvider());
        assertThat(registry.providers()).extracting(ProviderInfo::scheme).containsExactly("memory");
        registry.open(StoreConfig.of("memory:")).close();
        assertThatThrownBy(() -> registry.open(StoreConfig.of("bad:x"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'Bad Scheme'").hasMessageContaining(TestProviders.Recording.class.getName());
        assertThatThrownBy(() -> of(new TestProviders.Recording(null, Set.of())).open(StoreConfig.of("x:")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("'null'");
    }
}
