package dev.multichat.tck.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Public test helper: everything observable about one session, to prove that a refused call
 * wrote nothing.
 *
 * @param session the session as found, or empty
 * @param messages its stored messages (empty if the session is absent)
 */
public record Snapshot(Optional<ChatSession> session, List<ChatMessage> messages) {
    /**
     * @param store the store
     * @param id the session
     * @return the session's current observable state
     */
    public static Snapshot of(SessionStore store, SessionId id) {
        Optional<ChatSession> found = store.find(id);
        return new Snapshot(found, found.isPresent() ? store.read(id, MessageRange.all()) : List.of());
    }

    /**
     * Asserts that {@code call} fails with {@code type} and leaves session {@code id} exactly
     * as it was (version, times, info and messages).
     *
     * @param store the store
     * @param id the session the call concerns
     * @param type the exception expected
     * @param call the refused call
     */
    public static void assertRefused(SessionStore store, SessionId id, Class<? extends Throwable> type,
            ThrowingCallable call) {
        Snapshot before = of(store, id);
        assertThatThrownBy(call).isInstanceOf(type);
        assertThat(of(store, id)).as("nothing written by the refused call").isEqualTo(before);
    }
}
