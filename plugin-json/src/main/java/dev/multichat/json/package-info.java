/**
 * The {@code json:} store: the provider, the store context that ties the internal layers
 * together, the message log and catalog operations (append, read, trim, create, update, delete),
 * the open-time scan, the expiry sweeper and the change signals. The layers below, each using
 * only those under it: {@code internal.fs} &lt;- {@code internal.log} &lt;- {@code internal.files}
 * &lt;- {@code internal.listing}. Only {@link dev.multichat.json.JsonStoreProvider} is public here.
 */
package dev.multichat.json;
