package dev.multichat.sqlite;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionQuery;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import java.util.List;

/**
 * The README's first command: opens the SQLite default ({@code sqlite:multichat.db}, or the URI
 * given as the first argument), appends one exchange to the session {@code quickstart} and
 * prints the session's newest messages. Run it twice: the history grows, nothing is lost.
 */
public final class Quickstart {
    private Quickstart() {
    }

    /**
     * @param args optionally a store URI
     */
    public static void main(String[] args) {
        String uri = args.length > 0 ? args[0] : "sqlite:multichat.db";
        try (SessionStore store = SessionStores.open(uri)) {
            SessionId id = SessionId.of("quickstart");
            ChatSession chat = store.find(id)
                    .orElseGet(() -> store.create(NewSession.of(id.value(), "alice").withTitle("Quickstart")));
            long turn = chat.lastSeq() / 2 + 1;
            Appended appended = store.append(id, List.of(
                    MessageDraft.of(Role.USER, "alice", "Hello, turn " + turn).withId("q-" + turn + "-u"),
                    MessageDraft.of(Role.ASSISTANT, "agent-1", "Hi! Noted turn " + turn).withId("q-" + turn + "-a")));
            System.out.printf("%s: session '%s' now at version %d%n", uri, id, appended.session().version());
            for (ChatMessage message : store.tail(id, 6)) {
                System.out.printf("  #%d %-9s %-8s %s%n", message.seq(), message.role(),
                        message.draft().author(), message.content());
            }
            System.out.printf("alice has %d session(s)%n", store.list(SessionQuery.first("alice", 100)).items().size());
        }
    }
}
