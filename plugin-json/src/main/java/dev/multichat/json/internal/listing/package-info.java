/**
 * The in-memory listing index of the {@code json:} store: sessions by owner, ordered for paging
 * ({@code OwnerIndex}). Uses {@code internal.fs} and {@code internal.files}. Not exported by the
 * module.
 */
package dev.multichat.json.internal.listing;
