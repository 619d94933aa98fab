package dev.multichat.sqlite;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionExistsException;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A child JVM for the crash and multi-process tests. It appends one message at a time and
 * prints {@code ACK <session> <seq> <message id>} on stdout, flushed, after each append returned
 * (the parent's independent record of what was acknowledged).
 *
 * <p>Arguments: {@code <store uri> <name> <count, 0 = until killed> [--thread-per-session]
 * <session>...}. Without the option one thread appends to the sessions round robin, count
 * messages in all; with it one thread per session appends to its own session, count messages
 * each, concurrently (so the store's group commit batches them). It prints {@code READY} once
 * the store is open and waits for a line on stdin before appending.
 */
final class AppendChild {
    /** The option that runs one appending thread per session. */
    static final String THREAD_PER_SESSION = "--thread-per-session";

    private AppendChild() {
    }

    /** @return the content the child writes for a message id, so the parent can check it */
    static String contentOf(String messageId) {
        return "payload of " + messageId + " " + "0123456789abcdef".repeat(12);
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String name = args[1];
        long count = Long.parseLong(args[2]);
        boolean threaded = args.length > 3 && THREAD_PER_SESSION.equals(args[3]);
        List<String> sessions = List.of(args).subList(threaded ? 4 : 3, args.length);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (SessionStore store = SessionStores.open(args[0])) {
            for (String session : sessions) {
                createIfAbsent(store, session);
            }
            out.println("READY");
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (threaded) {
                appendConcurrently(store, name, count, sessions, out);
            } else {
                append(store, name, count, sessions, out);
            }
        }
        out.println("DONE");
    }

    /** Appends {@code count} messages (0: until killed) to the sessions, round robin. */
    private static void append(SessionStore store, String name, long count, List<String> sessions,
            PrintStream out) {
        for (long i = 0; count == 0 || i < count; i++) {
            String session = sessions.get((int) (i % sessions.size()));
            String messageId = name + "-" + i;
            Appended appended = store.append(SessionId.of(session),
                    List.of(Stores.draft(contentOf(messageId)).withId(messageId)));
            ChatMessage message = appended.messages().get(0);
            out.println("ACK " + session + " " + message.seq() + " " + messageId);
        }
    }

    /** One thread per session, each appending {@code count} messages (0: until killed) to its own. */
    private static void appendConcurrently(SessionStore store, String name, long count,
            List<String> sessions, PrintStream out) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (String session : sessions) {
            Thread thread = new Thread(() -> append(store, name + "-" + session, count, List.of(session), out));
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private static void createIfAbsent(SessionStore store, String session) {
        try {
            store.create(NewSession.of(session, "owner"));
        } catch (SessionExistsException alreadyThere) {
            // another child or an earlier round created it
        }
    }
}
