/** The hybrid store's parts (catalog, message log, lifecycle) and its settings; not API. */
package dev.multichat.hybrid.internal;
