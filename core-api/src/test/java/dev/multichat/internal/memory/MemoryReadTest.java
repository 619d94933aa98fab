package dev.multichat.internal.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MemoryReadTest {
    private static final SessionId ID = SessionId.of("r");
    private final SessionStore store = SessionStores.open("memory:");

    @BeforeEach
    void tenMessages() {
        store.create(NewSession.of("r", "o"));
        List<MessageDraft> drafts = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            drafts.add(MessageDraft.of(Role.USER, "u", "m" + i).withId("id" + i));
        }
        store.append(ID, drafts);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<Long> seqs(MessageRange range) {
        return store.read(ID, range).stream().map(ChatMessage::seq).toList();
    }

    @Test
    @DisplayName("tail, after and all return the right seqs in ascending order")
    void ranges() {
        assertThat(seqs(MessageRange.tail(3))).containsExactly(8L, 9L, 10L);
        assertThat(seqs(MessageRange.tail(50))).hasSize(10).startsWith(1L);
        assertThat(seqs(MessageRange.after(4, 3))).containsExactly(5L, 6L, 7L);
        assertThat(seqs(MessageRange.after(9, 5))).containsExactly(10L);
        assertThat(seqs(MessageRange.after(10, 5))).isEmpty();
        assertThat(seqs(MessageRange.after(0, 2))).containsExactly(1L, 2L);
        assertThat(seqs(MessageRange.all())).hasSize(10);
    }

    @Test
    @DisplayName("trim removes a prefix, keeps lastSeq, bumps the version once, and reads skip trimmed seqs")
    void trim() {
        assertThat(store.trim(ID, 4)).isEqualTo(4);
        assertThat(store.trim(ID, 4)).isZero();
        assertThat(store.find(ID).orElseThrow().version()).isEqualTo(3);
        assertThat(seqs(MessageRange.all())).containsExactly(5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(seqs(MessageRange.after(2, 2))).containsExactly(5L, 6L);
        assertThat(seqs(MessageRange.tail(2))).containsExactly(9L, 10L);
        assertThat(store.trim(ID, 1_000)).isEqualTo(6);
        assertThat(seqs(MessageRange.all())).isEmpty();
        assertThat(store.find(ID).orElseThrow().lastSeq()).isEqualTo(10);
    }

    @Test
    @DisplayName("after trimming, seqs continue from lastSeq and trimmed ids are forgotten")
    void afterTrim() {
        store.trim(ID, 10);
        var again = store.append(ID, List.of(MessageDraft.of(Role.USER, "u", "again").withId("id1")));
        assertThat(again.replayed()).isFalse();
        assertThat(again.messages().get(0).seq()).isEqualTo(11);
        assertThat(seqs(MessageRange.tail(5))).containsExactly(11L);
    }
}
