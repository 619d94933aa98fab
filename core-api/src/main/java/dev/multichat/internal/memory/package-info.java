/**
 * The {@code memory:} reference store: the simplest correct implementation of every
 * guarantee of {@link dev.multichat.api.SessionStore}, which other backends are compared
 * against. <b>Not API</b> apart from the provider class that {@link java.util.ServiceLoader}
 * needs; may change without notice.
 */
package dev.multichat.internal.memory;
