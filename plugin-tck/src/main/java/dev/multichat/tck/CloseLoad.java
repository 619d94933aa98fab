package dev.multichat.tck;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionQuery;
import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreClosedException;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The workers of a close-under-load round. Each loops until the store refuses it with
 * {@link StoreClosedException} and returns how many calls completed; any other exception ends
 * the worker with that exception (the check fails on it).
 */
final class CloseLoad {
    private CloseLoad() {
    }

    /** Appends batches of two drafts with unique message ids, round-robin over the sessions. */
    static Callable<Integer> appender(SessionStore store, List<SessionId> ids, int worker, CloseLedger ledger) {
        return () -> until(n -> {
            SessionId id = ids.get(n % ids.size());
            List<MessageDraft> batch = List.of(draft(worker, n, 0), draft(worker, n, 1));
            Appended appended = store.append(id, batch);
            ledger.acknowledged(id, appended.messages());
        });
    }

    /** Trims each session through its fifth-newest message, recording the trim before sending it. */
    static Callable<Integer> trimmer(SessionStore store, List<SessionId> ids, CloseLedger ledger) {
        return () -> until(n -> {
            SessionId id = ids.get(n % ids.size());
            List<ChatMessage> newest = store.tail(id, 5);
            if (newest.size() == 5) {
                long through = newest.get(0).seq();
                ledger.trimming(id, through);
                store.trim(id, through);
            }
        });
    }

    /** Reads tails, finds and lists. */
    static Callable<Integer> reader(SessionStore store, List<SessionId> ids, String owner) {
        return () -> until(n -> {
            SessionId id = ids.get(n % ids.size());
            store.tail(id, 3);
            store.find(id);
            store.list(SessionQuery.first(owner, 10));
        });
    }

    private static MessageDraft draft(int worker, int n, int k) {
        return MessageDraft.of(Role.USER, "w" + worker, "close-load " + worker + "/" + n + "/" + k)
                .withId("w" + worker + "-" + n + "-" + k);
    }

    private static int until(Step step) {
        int done = 0;
        while (true) {
            try {
                step.run(done);
                done++;
            } catch (StoreClosedException closed) {
                return done;
            }
        }
    }

    /** One call of a worker's loop. */
    @FunctionalInterface
    private interface Step {
        void run(int n);
    }
}
