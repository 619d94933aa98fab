/**
 * Multichat's public API: the model records, {@link dev.multichat.api.SessionStore}, its
 * errors, and {@link dev.multichat.api.SessionStores} to open a store by URI. Null-marked
 * (JSpecify): no parameter, component or result is null unless it is annotated
 * {@code @Nullable}, and a null where none is allowed is refused with an
 * {@link dev.multichat.api.InvalidInputException}.
 */
@NullMarked
package dev.multichat.api;

import org.jspecify.annotations.NullMarked;
