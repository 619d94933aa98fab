package dev.multichat.app.transfer;

import dev.multichat.api.ChatSession;
import dev.multichat.api.SessionStore;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies every session of the named owners from one store to another, then verifies the copy.
 * Resumable: a rerun after an interruption skips what the target already holds (see
 * {@link CopyTarget}) and finishes the rest. Not thread-safe: one run at a time.
 */
public final class Migrator {

    private final SessionStore source;
    private final CopyTarget target;
    private final Verifier verifier;
    private final Progress progress;

    /**
     * A migrator.
     *
     * @param source the store to copy from
     * @param target the copy's writer
     * @param verifier compares source and target sessions
     * @param progress where progress is drawn
     */
    public Migrator(SessionStore source, CopyTarget target, Verifier verifier, Progress progress) {
        this.source = source;
        this.target = target;
        this.verifier = verifier;
        this.progress = progress;
    }

    /**
     * Copies and verifies.
     *
     * @param owners the owners whose sessions to copy
     * @return what was done and what did not match
     */
    public MigrateSummary run(List<String> owners) {
        long start = System.nanoTime();
        List<ChatSession> sessions = new ArrayList<>();
        Walk.sessions(source, owners, sessions::add);
        progress.totals(sessions.size(), sessions.stream().mapToLong(ChatSession::lastSeq).sum());
        long copied = 0;
        long complete = 0;
        for (ChatSession session : sessions) {
            long written = copy(session);
            copied += written;
            complete += written == 0 ? 1 : 0;
        }
        progress.done();
        List<String> mismatches = new ArrayList<>();
        for (ChatSession session : sessions) {
            verifier.compare(session).ifPresent(mismatches::add);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new MigrateSummary(sessions.size(), complete, copied, mismatches, millis);
    }

    private long copy(ChatSession session) {
        long present = target.begin(session.id(), session.info(), session.state().createdAt());
        long first = Walk.firstSeq(source, session.id());
        long skipThrough = first == 0 ? 0 : first - 1 + present;
        progress.advance(0, Math.min(present, session.lastSeq()));
        long[] sinceReport = {0};
        Walk.messages(source, session.id(), skipThrough, session.lastSeq(), message -> {
            target.add(message.draft(), message.at());
            if (++sinceReport[0] == 1000) {
                progress.advance(0, sinceReport[0]);
                sinceReport[0] = 0;
            }
        });
        long written = target.finish();
        progress.advance(1, sinceReport[0]);
        return written;
    }
}
