package dev.multichat.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.Page;
import dev.multichat.api.Role;
import dev.multichat.api.SessionQuery;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import java.util.List;

/**
 * The root README's usage block, line for line ({@code ReadmeExampleTest} fails when the README
 * and this class drift apart). Shipped in core-api's test jar so that a durable store's module
 * can run the same block twice against one file ({@code ReadmeOnSqliteTest} in plugin-sqlite).
 */
public final class ReadmeExample {
    private ReadmeExample() {
    }

    /**
     * What the block's variables hold when it ends.
     *
     * @param first the first append's result
     * @param retry the repeated append's result
     * @param recent the newest messages
     * @param mine alice's first page of sessions
     */
    public record Outcome(Appended first, Appended retry, List<ChatMessage> recent, Page<ChatSession> mine) {
    }

    /**
     * Runs the README's block against the store at {@code uri}.
     *
     * @param uri the store URI, e.g. {@code memory:} or {@code sqlite:/tmp/x/chats.db}
     * @return the block's variables at its end
     */
    public static Outcome run(String uri) {
        try (SessionStore store = SessionStores.open(uri)) {  // "memory:", "sqlite:chats.db", "json:chats/"
            NewSession wanted = NewSession.of("support-42", "alice").withTitle("Refund");
            ChatSession chat = store.find(wanted.id())  // find-or-create: a second run finds it
                    .orElseGet(() -> store.create(wanted));
            List<MessageDraft> turn = List.of(
                    MessageDraft.of(Role.USER, "alice", "Where is my refund?").withId("m-1"),
                    MessageDraft.of(Role.ASSISTANT, "agent-4", "It left today.").withId("m-2"));
            Appended first = store.append(chat.id(), turn, Expect.version(chat.version())); // seqs 1, 2
            Appended retry = store.append(chat.id(), turn);  // a retry after a timeout: no duplicates
            List<ChatMessage> recent = store.tail(chat.id(), 20);  // the newest 20, oldest first
            Page<ChatSession> mine = store.list(SessionQuery.first("alice", 10)); // newest first
            return new Outcome(first, retry, recent, mine);
        }
    }

    /**
     * Checks what the block's comments promise, on any run: seqs 1 and 2, a replayed retry, the
     * two messages oldest first, one session listed.
     *
     * @param outcome one run's outcome
     */
    public static void assertAsCommented(Outcome outcome) {
        assertThat(outcome.first().messages()).extracting(ChatMessage::seq).containsExactly(1L, 2L);
        assertThat(outcome.retry().replayed()).isTrue();
        assertThat(outcome.retry().messages()).isEqualTo(outcome.first().messages());
        assertThat(outcome.recent()).extracting(ChatMessage::content)
                .containsExactly("Where is my refund?", "It left today.");
        assertThat(outcome.mine().items()).extracting(s -> s.id().value()).containsExactly("support-42");
    }
}
