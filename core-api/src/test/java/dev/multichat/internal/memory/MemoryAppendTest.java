package dev.multichat.internal.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.Expect;
import dev.multichat.api.InvalidInputException;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionNotFoundException;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import dev.multichat.api.VersionConflictException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MemoryAppendTest {
    private static final SessionId ID = SessionId.of("chat-1");
    private final ManualClock clock = new ManualClock();
    private final SessionStore store = SessionStores.open(StoreConfig.of("memory:").withClock(clock));

    @AfterEach
    void close() {
        store.close();
    }

    private static MessageDraft draft(String id, String content) {
        return MessageDraft.of(Role.USER, "alice", content).withId(id);
    }

    @Test
    @DisplayName("create starts at version 1 and lastSeq 0 with createdAt = updatedAt = now")
    void createState() {
        var created = store.create(NewSession.of(ID.value(), "alice"));
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.lastSeq()).isZero();
        assertThat(created.state().createdAt()).isEqualTo(clock.instant()).isEqualTo(created.state().updatedAt());
        assertThat(created.state().expiresAt()).isNull();
        assertThat(store.find(ID)).contains(created);
    }

    @Test
    @DisplayName("batches get gapless seqs, the clock's time, and bump version and lastSeq")
    void seqsAndVersion() {
        store.create(NewSession.of(ID.value(), "alice"));
        clock.advance(Duration.ofSeconds(5));
        Appended first = store.append(ID, List.of(draft(null, "a"), draft(null, "b")));
        Appended second = store.append(ID, List.of(draft(null, "c")), Expect.version(2));
        assertThat(first.messages()).extracting(ChatMessage::seq).containsExactly(1L, 2L);
        assertThat(second.messages()).extracting(ChatMessage::seq).containsExactly(3L);
        assertThat(first.messages().get(0).at()).isEqualTo(clock.instant());
        assertThat(second.session().version()).isEqualTo(3);
        assertThat(second.session().lastSeq()).isEqualTo(3);
        assertThat(second.session().state().updatedAt()).isEqualTo(clock.instant());
        assertThat(store.read(ID, MessageRange.all())).extracting(ChatMessage::content).containsExactly("a", "b", "c");
    }

    @Test
    @DisplayName("a version conflict carries the current version and writes nothing")
    void versionConflict() {
        store.create(NewSession.of(ID.value(), "alice"));
        store.append(ID, List.of(draft(null, "a")));
        assertThatThrownBy(() -> store.append(ID, List.of(draft(null, "b")), Expect.version(1)))
                .isInstanceOfSatisfying(VersionConflictException.class, e -> {
                    assertThat(e.expected()).isEqualTo(1);
                    assertThat(e.current()).isEqualTo(2);
                });
        assertThat(store.find(ID).orElseThrow().lastSeq()).isEqualTo(1);
    }

    @Test
    @DisplayName("a retried batch returns the stored messages, writes nothing, and passes a stale version check")
    void idempotentRetry() {
        store.create(NewSession.of(ID.value(), "alice"));
        List<MessageDraft> batch = List.of(draft("m1", "a"), draft("m2", "b"));
        Appended first = store.append(ID, batch, Expect.version(1));
        clock.advance(Duration.ofSeconds(1));
        Appended retry = store.append(ID, List.of(batch.get(1), batch.get(0)), Expect.version(1));
        assertThat(retry.replayed()).isTrue();
        assertThat(retry.messages()).isEqualTo(first.messages());
        assertThat(retry.session()).isEqualTo(first.session());
        assertThat(store.read(ID, MessageRange.all())).hasSize(2);
    }

    @Test
    @DisplayName("a batch mixing stored ids with new drafts is refused naming the stored ids")
    void mixedRetry() {
        store.create(NewSession.of(ID.value(), "alice"));
        store.append(ID, List.of(draft("m1", "a")));
        assertThatThrownBy(() -> store.append(ID, List.of(draft("m1", "a"), draft("m9", "z"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("[m1]");
        assertThatThrownBy(() -> store.append(ID, List.of(draft("m1", "a"), draft(null, "z"))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(store.find(ID).orElseThrow().lastSeq()).isEqualTo(1);
    }

    @Test
    @DisplayName("ids are per session: the same id in another session is a new message")
    void idsPerSession() {
        store.create(NewSession.of(ID.value(), "alice"));
        store.create(NewSession.of("chat-2", "alice"));
        store.append(ID, List.of(draft("m1", "a")));
        Appended other = store.append(SessionId.of("chat-2"), List.of(draft("m1", "a")));
        assertThat(other.replayed()).isFalse();
        assertThat(other.messages().get(0).seq()).isEqualTo(1);
    }

    @Test
    @DisplayName("appending to a missing session fails with SessionNotFoundException")
    void missingSession() {
        assertThatThrownBy(() -> store.append(ID, List.of(draft(null, "a"))))
                .isInstanceOf(SessionNotFoundException.class).hasMessageContaining("chat-1");
    }

    @Test
    @DisplayName("each open of memory: is a separate, empty store")
    void separateStores() {
        store.create(NewSession.of(ID.value(), "alice"));
        try (SessionStore other = SessionStores.open("memory:")) {
            assertThat(other.find(ID)).isEmpty();
        }
    }
}
