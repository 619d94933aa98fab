/**
 * The hybrid store: a fast tier (usually Redis) in front of a durable tier (SQLite, JSON,
 * PostgreSQL), both opened by URI through {@link dev.multichat.api.SessionStores}. Open it with
 * {@code hybrid:?fast=<uri>&durable=<uri>} (inner URIs percent-encoded) or
 * {@link dev.multichat.hybrid.HybridStoreProvider#builder()}.
 */
package dev.multichat.hybrid;
