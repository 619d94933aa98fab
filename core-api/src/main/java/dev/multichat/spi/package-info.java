/**
 * The service-provider interface a storage plugin implements: one {@link
 * dev.multichat.spi.StoreProvider} per plugin, registered through {@code META-INF/services}
 * (or {@code provides} in its {@code module-info}), returning the store's
 * {@link dev.multichat.spi.StoreParts}; and the store rules every backend shares. Null-marked
 * (JSpecify), like {@code dev.multichat.api}.
 */
@NullMarked
package dev.multichat.spi;

import org.jspecify.annotations.NullMarked;
