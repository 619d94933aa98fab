/**
 * Implementation of the core: the guard every opened store is wrapped in, the registry's
 * machinery and the in-memory reference store. <b>Not API:</b> may change without notice;
 * depend on {@code dev.multichat.api} and {@code dev.multichat.spi} only.
 */
package dev.multichat.internal;
