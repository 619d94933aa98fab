/**
 * Moving data between stores and files: {@code migrate} (resumable, verified copies),
 * {@code export}/{@code import} (JSON Lines, streaming) and {@code stats}, all through the public
 * {@link dev.multichat.api.SessionStore} API.
 */
package dev.multichat.app.transfer;
