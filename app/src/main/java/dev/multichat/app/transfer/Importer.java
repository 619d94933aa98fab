package dev.multichat.app.transfer;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Reads an export file line by line (constant memory), validating every line and the file's
 * structure: a session line declares its message count, its message lines follow with
 * consecutive seqs. Without a target it only validates; with one it writes each session through
 * a {@link CopyTarget} (resuming sessions the target already holds in part). When a line turns
 * out bad in the middle of a session, that session is removed again if this run created it, so
 * no session is ever half-imported; sessions before it stay, whole. Not thread-safe.
 */
public final class Importer {

    private final CopyTarget target;
    private ExportLine.Head current;
    private long seen;
    private long skip;
    private long lastSeq;
    private long sessions;
    private long written;

    /**
     * An importer.
     *
     * @param target where sessions go, or {@code null} to validate only
     */
    public Importer(CopyTarget target) {
        this.target = target;
    }

    /**
     * Imports (or validates) a whole file.
     *
     * @param in the lines
     * @return sessions read and messages written
     * @throws ImportException naming the first bad line
     * @throws IOException when reading fails
     */
    public long[] run(BufferedReader in) throws IOException {
        long line = 0;
        try {
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                line++;
                accept(text.isBlank() ? null : LineParser.parse(text, line), line);
            }
            endSession(line + 1);
        } catch (IOException | RuntimeException e) {
            if (target != null && current != null) {
                target.abandon();
            }
            throw e;
        }
        return new long[] {sessions, written};
    }

    private void accept(ExportLine parsed, long line) {
        if (parsed == null) {
            throw new ImportException(line, "empty line; every line is one JSON object");
        }
        if (parsed instanceof ExportLine.Head head) {
            endSession(line);
            current = head;
            seen = 0;
            sessions++;
            skip = target == null ? 0 : target.begin(head.spec().id(), head.spec().info(), head.createdAt());
            return;
        }
        ExportLine.Message message = (ExportLine.Message) parsed;
        checkOrder(message, line);
        lastSeq = message.seq();
        seen++;
        if (target != null && seen > skip) {
            target.add(message.draft(), message.at());
        }
    }

    private void checkOrder(ExportLine.Message message, long line) {
        if (current == null) {
            throw new ImportException(line, "a message line before any session line");
        }
        if (seen == current.messages()) {
            throw new ImportException(line, "session " + current.spec().id() + " declares " + current.messages()
                    + " messages; this is one more");
        }
        if (seen > 0 && message.seq() != lastSeq + 1) {
            throw new ImportException(line, "seq " + message.seq() + " does not follow seq " + lastSeq);
        }
    }

    private void endSession(long line) {
        if (current == null) {
            return;
        }
        if (seen < current.messages()) {
            throw new ImportException(line, "session " + current.spec().id() + " declares " + current.messages()
                    + " messages but only " + seen + " came before this line");
        }
        if (target != null) {
            written += target.finish();
        }
        current = null;
    }
}
