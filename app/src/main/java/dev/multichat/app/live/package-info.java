/**
 * Live streams: Server-Sent Events of a session's new messages and of an owner's session
 * changes, on the store's change feed, written with non-blocking servlet output so that a slow
 * client holds up neither the store nor another client.
 */
package dev.multichat.app.live;
