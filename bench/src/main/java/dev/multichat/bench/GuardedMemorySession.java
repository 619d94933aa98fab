package dev.multichat.bench;

import dev.multichat.api.Expect;
import dev.multichat.api.MessageLog;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionCatalog;
import dev.multichat.api.SessionId;
import java.util.Collections;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** A benchmark thread's own session in {@link GuardedMemory}, trimmed back to its history before each iteration. */
@State(Scope.Thread)
public class GuardedMemorySession {
    private static final AtomicInteger SESSIONS = new AtomicInteger();
    /** The store's message log, guarded or bare. */
    MessageLog log;
    /** This thread's session. */
    SessionId id;
    private SessionCatalog catalog;
    private int history;

    /**
     * Creates the session with the store's history, through the same wiring as the benchmark.
     *
     * @param opened the trial's store
     */
    @Setup(Level.Trial)
    public void create(GuardedMemory opened) {
        log = opened.log();
        catalog = opened.catalog();
        history = opened.history;
        id = SessionId.of("guard-" + SESSIONS.incrementAndGet());
        catalog.create(NewSession.of(id.value(), "bench"));
        log.append(id, Collections.nCopies(history, Payload.DRAFT), Expect.any());
    }

    /** Trims the session back to its nominal history (appends grow it while measuring). */
    @Setup(Level.Iteration)
    public void trim() {
        long lastSeq = catalog.find(id).orElseThrow().lastSeq();
        if (lastSeq > history) {
            log.trim(id, lastSeq - history);
        }
    }
}
