/**
 * The service-provider interface a storage plugin implements: one {@link
 * dev.multichat.spi.StoreProvider} per plugin, registered through {@code META-INF/services}.
 */
package dev.multichat.spi;
