/**
 * Public, reusable test helpers for plugin and application tests, independent of the
 * contract interfaces: {@link dev.multichat.tck.support.MutableClock} (a clock tests move),
 * {@link dev.multichat.tck.support.ScratchDirectory} (a fresh directory per store, deleted
 * afterwards, for fixtures jqwik also instantiates), {@link dev.multichat.tck.support.Concurrently}
 * (threads started together, failures collected), {@link dev.multichat.tck.support.Acknowledged}
 * (a session's history against an independent record of what was acknowledged),
 * {@link dev.multichat.tck.support.Snapshot} (a refused call wrote nothing),
 * {@link dev.multichat.tck.support.Waiting} (waits on a condition with a deadline),
 * {@link dev.multichat.tck.support.KeepingProvider} and
 * {@link dev.multichat.tck.support.ModulePathCheck}. Depends on nothing else of the TCK.
 */
package dev.multichat.tck.support;
