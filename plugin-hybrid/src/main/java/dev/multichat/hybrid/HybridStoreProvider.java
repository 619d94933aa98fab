package dev.multichat.hybrid;

import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import dev.multichat.hybrid.internal.HybridParts;
import dev.multichat.hybrid.internal.HybridSettings;
import dev.multichat.spi.StoreParts;
import dev.multichat.spi.StoreProvider;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

/**
 * The {@code hybrid} scheme: {@code hybrid:?fast=<uri>&durable=<uri>} with both inner URIs
 * percent-encoded, plus {@code window} (newest messages cached per session, default 50),
 * {@code idle-ttl} (how long a cached copy lives without a write, default {@code 30m}),
 * {@code min-calls} (calls before the circuit breaker judges the fast tier, default 5),
 * {@code open-for} (how long the circuit stays open, default {@code 5s}) and
 * {@code probe-timeout} (hard limit of a half-open probe, default {@code 1s}). Both tiers are
 * opened through {@link SessionStores}, so any two installed plugins compose. Credentials in
 * either URI never reach a message. Thread-safe; found by {@link java.util.ServiceLoader}.
 */
public final class HybridStoreProvider implements StoreProvider {
    @Override
    public String scheme() {
        return "hybrid";
    }

    @Override
    public Set<String> options() {
        return HybridSettings.OPTIONS;
    }

    @Override
    public String description() {
        return "a fast tier (e.g. Redis) caching recent messages in front of a durable tier";
    }

    /**
     * @param config the store's configuration
     * @return the hybrid store's parts
     * @throws dev.multichat.api.InvalidInputException if {@code fast} or {@code durable} is missing or an option is
     *     wrong (the message names it, credentials redacted)
     * @throws dev.multichat.api.StoreException if a tier cannot be opened
     */
    @Override
    public StoreParts open(StoreConfig config) {
        return HybridParts.open(config);
    }

    /** @return a builder for a hybrid store configured in code */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a hybrid store in code, from two store URIs (no encoding needed). Not thread-safe. */
    public static final class Builder {
        private StoreConfig config = StoreConfig.of("hybrid:");

        /**
         * @param name an option of the {@code hybrid} scheme, e.g. {@code window} or {@code idle-ttl}
         * @param value its value, as in the URI (durations like {@code 2s}, {@code 500ms})
         * @return this builder
         */
        public Builder option(String name, String value) {
            config = config.withOption(name, value);
            return this;
        }

        /**
         * @param fast the fast tier's URI, e.g. {@code redis://localhost:6379}
         * @param durable the durable tier's URI, e.g. {@code sqlite:data/chats.db}
         * @return this builder
         */
        public Builder tiers(String fast, String durable) {
            return option("fast", fast).option("durable", durable);
        }

        /**
         * @param window newest messages cached per session
         * @param idleTtl how long a cached copy lives without a write ({@link Duration#ZERO}: forever)
         * @return this builder
         */
        public Builder window(int window, Duration idleTtl) {
            return option("window", Integer.toString(window)).option("idle-ttl", idleTtl.toMillis() + "ms");
        }

        /**
         * @return the open store, composed by the core like any store opened by URI
         * @throws dev.multichat.api.InvalidInputException if a tier is missing or an option is wrong
         * @throws dev.multichat.api.StoreException if a tier cannot be opened
         */
        public SessionStore open() {
            return SessionStores.open(config, new HybridStoreProvider());
        }

        /** @return the same configuration as a {@code hybrid:} URI, inner URIs percent-encoded */
        public String uri() {
            StringBuilder uri = new StringBuilder("hybrid:?");
            config.options().forEach((name, value) -> uri.append(uri.length() > 8 ? "&" : "").append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
            return uri.toString();
        }
    }
}
