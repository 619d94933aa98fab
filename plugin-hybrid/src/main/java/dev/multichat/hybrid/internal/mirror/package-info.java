/**
 * The cached copy of a durable session in the fast tier (its "mirror"): the metadata that
 * stamps it (durable version, epoch, window), its writer, its refill and its reader; not API.
 */
package dev.multichat.hybrid.internal.mirror;
