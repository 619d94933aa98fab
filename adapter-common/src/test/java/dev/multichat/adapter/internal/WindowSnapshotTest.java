package dev.multichat.adapter.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.adapter.testing.Stores;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window a memory reads is served from its snapshot only while nothing else changed the
 * conversation: its own appends extend it without reading the window again, any other write
 * (another client's append, a trim, a delete and re-create) makes the next read read it again.
 * On a real SQLite file; store calls counted by a pass-through proxy.
 */
class WindowSnapshotTest {

    @TempDir
    Path dir;

    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    /** A framework message: a role and a text. */
    record Turn(Role role, String text) {
    }

    /** The codec of turns. */
    static final class TurnCodec implements MessageCodec<Turn> {
        @Override
        public MessageDraft encode(Turn message, String messageId) {
            return new MessageDraft(messageId, "a", message.role(), message.text(), Map.of());
        }

        @Override
        public Turn decode(ChatMessage stored) {
            return new Turn(stored.role(), stored.content());
        }
    }

    private SessionStore counting(SessionStore real) {
        return (SessionStore) Proxy.newProxyInstance(SessionStore.class.getClassLoader(),
                new Class<?>[] {SessionStore.class}, (proxy, method, args) -> {
                    calls.computeIfAbsent(method.getName(), k -> new AtomicInteger()).incrementAndGet();
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private int reads() {
        return calls.getOrDefault("read", new AtomicInteger()).get();
    }

    private static List<String> texts(List<Turn> turns) {
        return turns.stream().map(Turn::text).toList();
    }

    @Test
    void ownAppendsExtendTheWindowWithoutReadingItAgain() {
        try (SessionStore real = Stores.sqlite(dir)) {
            AppendOnlyMemory<Turn> memory = new AppendOnlyMemory<>(new ConversationLog(counting(real), "o"),
                    new TurnCodec(), 3);
            memory.saveNew("c", List.of(new Turn(Role.SYSTEM, "be brief"), new Turn(Role.USER, "u1")));
            assertThat(texts(memory.recent("c"))).containsExactly("be brief", "u1");
            int readsAfterFirstLook = reads();
            for (int i = 2; i <= 5; i++) {
                List<Turn> window = memory.recent("c");
                window.add(new Turn(Role.USER, "u" + i));
                memory.saveNew("c", window);
            }
            List<Turn> window = memory.recent("c");
            assertThat(reads()).isEqualTo(readsAfterFirstLook);
            // the window moved past the system message: it comes first, as a fresh read shapes it
            assertThat(texts(window)).containsExactly("be brief", "u3", "u4", "u5");
            AppendOnlyMemory<Turn> fresh = new AppendOnlyMemory<>(new ConversationLog(real, "o"), new TurnCodec(), 3);
            assertThat(window).isEqualTo(fresh.recent("c"));
            assertThat(window.get(1)).isSameAs(memory.recent("c").get(1));
        }
    }

    @Test
    void anotherClientsAppendIsSeenAtTheNextRead() {
        try (SessionStore real = Stores.sqlite(dir)) {
            AppendOnlyMemory<Turn> memory = new AppendOnlyMemory<>(new ConversationLog(counting(real), "o"),
                    new TurnCodec(), 10);
            memory.saveNew("c", List.of(new Turn(Role.USER, "mine")));
            memory.recent("c");
            real.append(SessionId.of("c"), List.of(MessageDraft.of(Role.ASSISTANT, "other", "theirs")));
            assertThat(texts(memory.recent("c"))).containsExactly("mine", "theirs");
            memory.saveNew("c", List.of(new Turn(Role.USER, "mine again")));
            assertThat(texts(memory.recent("c"))).containsExactly("mine", "theirs", "mine again");
        }
    }

    @Test
    void aTrimOrADeleteAndRecreateByAnotherClientIsSeenAtTheNextRead() {
        try (SessionStore real = Stores.sqlite(dir)) {
            AppendOnlyMemory<Turn> memory = new AppendOnlyMemory<>(new ConversationLog(counting(real), "o"),
                    new TurnCodec(), 10);
            memory.saveNew("c", List.of(new Turn(Role.USER, "u1"), new Turn(Role.USER, "u2")));
            assertThat(texts(memory.recent("c"))).containsExactly("u1", "u2");
            real.trim(SessionId.of("c"), 1);
            assertThat(texts(memory.recent("c"))).containsExactly("u2");
            real.delete(SessionId.of("c"));
            assertThat(memory.recent("c")).isEmpty();
            real.create(NewSession.of("c", "o"));
            real.append(SessionId.of("c"), List.of(MessageDraft.of(Role.USER, "other", "new u1")));
            assertThat(texts(memory.recent("c"))).containsExactly("new u1");
        }
    }

    @Test
    void aConversationReCreatedBetweenTwoReadsWithTheSameVersionIsNotServedFromTheOldSnapshot() {
        try (SessionStore real = Stores.sqlite(dir)) {
            AppendOnlyMemory<Turn> memory = new AppendOnlyMemory<>(new ConversationLog(real, "o"), new TurnCodec(), 10);
            memory.saveNew("c", List.of(new Turn(Role.USER, "old")));
            assertThat(texts(memory.recent("c"))).containsExactly("old");
            long created = real.find(SessionId.of("c")).orElseThrow().state().createdAt().toEpochMilli();
            // the re-created session must differ in creation time: wait for the clock's next millisecond
            while (System.currentTimeMillis() <= created) {
                Thread.onSpinWait();
            }
            real.delete(SessionId.of("c"));
            real.create(NewSession.of("c", "o"));
            real.append(SessionId.of("c"), List.of(MessageDraft.of(Role.USER, "other", "new")));
            assertThat(texts(memory.recent("c"))).containsExactly("new");
        }
    }
}
