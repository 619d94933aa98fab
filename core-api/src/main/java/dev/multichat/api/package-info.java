/**
 * Multichat's public API: the model records, {@link dev.multichat.api.SessionStore}, its
 * errors, and {@link dev.multichat.api.SessionStores} to open a store by URI.
 */
package dev.multichat.api;
