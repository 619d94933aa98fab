package dev.multichat.adapter.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.adapter.testing.Stores;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageRange;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreUnavailableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save whose append was written but not acknowledged (a timeout after the commit), retried with
 * the same message objects: the store replays it, nothing is stored twice.
 */
class RetryTest {

    @TempDir
    Path dir;

    /** A framework message: equal notes are still distinct objects. */
    record Note(String text) {
    }

    /** The codec of notes. */
    static final class NoteCodec implements MessageCodec<Note> {
        @Override
        public MessageDraft encode(Note message, String messageId) {
            return new MessageDraft(messageId, "user", Role.USER, message.text(), Map.of());
        }

        @Override
        public Note decode(ChatMessage stored) {
            return new Note(stored.content());
        }
    }

    /** The real store, except that its next {@code lost} appends are written and then reported as timed out. */
    private static SessionStore losingAcknowledgements(SessionStore real, AtomicInteger lost) {
        return (SessionStore) Proxy.newProxyInstance(SessionStore.class.getClassLoader(),
                new Class<?>[] {SessionStore.class}, (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if ("append".equals(method.getName()) && lost.getAndDecrement() > 0) {
                        throw new StoreUnavailableException("timed out waiting for the acknowledgement");
                    }
                    return result;
                });
    }

    @Test
    void aRetriedSaveIsReplayedNotStoredTwice() {
        try (SessionStore real = Stores.sqlite(dir)) {
            AtomicInteger lost = new AtomicInteger(1);
            AppendOnlyMemory<Note> memory = new AppendOnlyMemory<>(
                    new ConversationLog(losingAcknowledgements(real, lost), "o"), new NoteCodec(), 20);
            Note first = new Note("same");
            Note second = new Note("same");
            assertThatThrownBy(() -> memory.saveNew("c", List.of(first))).isInstanceOf(StoreUnavailableException.class);
            memory.saveNew("c", List.of(first, second));
            memory.saveNew("c", List.of(first, second));
            List<ChatMessage> stored = real.read(SessionId.of("c"), MessageRange.all());
            assertThat(stored).extracting(ChatMessage::content).containsExactly("same", "same");
            assertThat(stored.get(0).draft().id()).isNotEqualTo(stored.get(1).draft().id());
        }
    }
}
