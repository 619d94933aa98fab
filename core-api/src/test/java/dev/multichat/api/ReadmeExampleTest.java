package dev.multichat.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Runs the usage example of the root README line for line: keep the two in step. */
class ReadmeExampleTest {
    @Test
    @DisplayName("the README's ten-line example compiles and behaves as its comments say")
    void readmeExample() {
        Appended first;
        Appended retry;
        List<ChatMessage> recent;
        Page<ChatSession> mine;
        // README snippet begins
        try (SessionStore store = SessionStores.open("memory:")) {
            ChatSession chat = store.create(NewSession.of("support-42", "alice").withTitle("Refund"));
            List<MessageDraft> turn = List.of(
                    MessageDraft.of(Role.USER, "alice", "Where is my refund?").withId("m-1"),
                    MessageDraft.of(Role.ASSISTANT, "agent-4", "It left today.").withId("m-2"));
            first = store.append(chat.id(), turn, Expect.version(chat.version())); // seqs 1, 2
            retry = store.append(chat.id(), turn);        // a retry after a timeout: no duplicates
            recent = store.tail(chat.id(), 20);           // the newest 20, oldest first
            mine = store.list(SessionQuery.first("alice", 10)); // alice's sessions, newest first
        }
        // README snippet ends
        assertThat(first.messages()).extracting(ChatMessage::seq).containsExactly(1L, 2L);
        assertThat(first.replayed()).isFalse();
        assertThat(retry.replayed()).isTrue();
        assertThat(retry.messages()).isEqualTo(first.messages());
        assertThat(recent).extracting(ChatMessage::content)
                .containsExactly("Where is my refund?", "It left today.");
        assertThat(mine.items()).extracting(s -> s.id().value()).containsExactly("support-42");
        assertThat(mine.items().get(0).version()).isEqualTo(2);
    }
}
