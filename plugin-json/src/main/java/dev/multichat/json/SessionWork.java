package dev.multichat.json;

import dev.multichat.json.internal.files.SessionHandle;
import java.io.IOException;

/**
 * Work on one session, run by {@link StoreContext} under the session's lock.
 *
 * @param <T> its result
 */
@FunctionalInterface
interface SessionWork<T> {
    /**
     * @param handle the session's handle, up to date with the files
     * @return the result
     * @throws IOException if the work's file operations fail
     */
    T apply(SessionHandle handle) throws IOException;
}
