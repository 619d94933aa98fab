package dev.multichat.hybrid;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * One writer thread per session appending one message at a time and recording each
 * acknowledged seq, and reading the session's tail after every append: a read must never show
 * fewer messages than were acknowledged before it started. Failures are collected, not thrown.
 * Thread-safe.
 */
final class OutageLoad {
    private final SessionStore store;
    private final List<SessionId> sessions;
    private final AtomicLongArray acknowledged;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();

    OutageLoad(SessionStore store, List<SessionId> sessions) {
        this.store = store;
        this.sessions = sessions;
        this.acknowledged = new AtomicLongArray(sessions.size());
    }

    List<Thread> start() {
        List<Thread> threads = new java.util.ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            int index = i;
            Thread thread = new Thread(() -> run(index), "outage-writer-" + i);
            thread.start();
            threads.add(thread);
        }
        return threads;
    }

    void stop(List<Thread> threads) throws InterruptedException {
        stop.set(true);
        for (Thread thread : threads) {
            thread.join();
        }
    }

    long acknowledged(int index) {
        return acknowledged.get(index);
    }

    Queue<String> failures() {
        return failures;
    }

    private void run(int index) {
        SessionId id = sessions.get(index);
        while (!stop.get()) {
            try {
                long seq = store.append(id, List.of(MessageDraft.of(Role.USER, "u", "m"))).messages().get(0).seq();
                acknowledged.set(index, seq);
                long before = acknowledged.get(index);
                List<ChatMessage> tail = store.tail(id, 3);
                if (tail.isEmpty() || tail.get(tail.size() - 1).seq() < before) {
                    failures.add(id + ": tail " + tail + " older than acknowledged seq " + before);
                }
            } catch (RuntimeException e) {
                failures.add(id + ": " + e);
            }
        }
    }
}
