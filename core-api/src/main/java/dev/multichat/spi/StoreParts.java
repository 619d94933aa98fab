package dev.multichat.spi;

import dev.multichat.api.MessageLog;
import dev.multichat.api.SessionCatalog;
import java.util.Objects;

/**
 * What {@link StoreProvider#open} hands the core: the three parts of an open backend. The core
 * composes the {@link dev.multichat.api.SessionStore} users see from them, adding argument
 * validation, metrics and the closed state; the parts themselves hold only storage code.
 *
 * <p>A backend usually builds the three around one shared storage object (a connection, a
 * directory, a map), each part a small class that holds a reference to it: no part extends
 * another, and none shares state through protected fields. One object may serve as several
 * parts if that is simpler.
 *
 * @param catalog create, find, list, update, delete
 * @param messages append, read, trim
 * @param lifecycle health and close
 * @param signals change hints from other processes for the change feed ({@link ChangeSignals#none()}
 *     if the backend has none)
 */
public record StoreParts(SessionCatalog catalog, MessageLog messages, StoreLifecycle lifecycle,
                         ChangeSignals signals) {
    /**
     * Parts without a native change source ({@link ChangeSignals#none()}).
     *
     * @param catalog create, find, list, update, delete
     * @param messages append, read, trim
     * @param lifecycle health and close
     */
    public StoreParts(SessionCatalog catalog, MessageLog messages, StoreLifecycle lifecycle) {
        this(catalog, messages, lifecycle, ChangeSignals.none());
    }

    /**
     * @throws NullPointerException if a part is null (a provider bug, reported by the core as
     *     a {@link dev.multichat.api.PluginException})
     */
    public StoreParts {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(signals, "signals");
    }
}
