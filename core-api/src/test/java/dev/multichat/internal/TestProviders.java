package dev.multichat.internal;

import dev.multichat.api.StoreConfig;
import dev.multichat.internal.memory.MemoryStoreProvider;
import dev.multichat.spi.StoreParts;
import dev.multichat.spi.StoreProvider;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/** Real providers for registry tests: each opens a real memory store and keeps the config. */
final class TestProviders {
    private TestProviders() {
    }

    /** Serves a chosen scheme with chosen options and remembers the config it was opened with. */
    static class Recording implements StoreProvider {
        final AtomicReference<StoreConfig> opened = new AtomicReference<>();
        private final String scheme;
        private final Set<String> options;

        Recording(String scheme, Set<String> options) {
            this.scheme = scheme;
            this.options = options;
        }

        @Override
        public String scheme() {
            return scheme;
        }

        @Override
        public Set<String> options() {
            return options;
        }

        @Override
        public StoreParts open(StoreConfig config) {
            opened.set(config);
            return new MemoryStoreProvider().open(config);
        }
    }

    /** A second class claiming a scheme, so a clash names two different classes. */
    static final class Rival extends Recording {
        Rival(String scheme) {
            super(scheme, Set.of());
        }
    }

    /** Serves a scheme by throwing the given exception from open, or returning null if none. */
    static final class Failing extends Recording {
        private final RuntimeException failure;

        Failing(String scheme, RuntimeException failure) {
            super(scheme, Set.of());
            this.failure = failure;
        }

        @Override
        public StoreParts open(StoreConfig config) {
            if (failure != null) {
                throw failure;
            }
            return null;
        }
    }
}
