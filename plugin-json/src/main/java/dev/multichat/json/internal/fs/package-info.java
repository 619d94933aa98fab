/**
 * The file system layer of the {@code json:} store, below everything else: the {@code FileOps}
 * seam over real files (tests put faults and power cuts there), file stamps to notice another
 * process's change, a session log's open channel and its group force, the per-session byte-range
 * locks of a directory and the gate that keeps them held while calls run. Depends on no other
 * package of the plugin. Not exported by the module: public only where a member crosses into the
 * packages above.
 */
package dev.multichat.json.internal.fs;
