package dev.multichat.app.transfer;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * A progress line: sessions and messages done of the totals, the rate and an ETA. On a
 * terminal it redraws one line at most 5 times a second; otherwise it prints a line every
 * 2 seconds (logs stay readable). Not thread-safe.
 */
public final class Progress {

    private final PrintStream out;
    private final boolean terminal;
    private final long intervalNanos;
    private final long start = System.nanoTime();
    private long totalSessions;
    private long totalMessages;
    private long sessions;
    private long messages;
    private long lastPrint;

    /**
     * A progress line.
     *
     * @param out where to draw it (standard error)
     * @param terminal whether {@code out} is a terminal
     * @param interval the least time between two lines, or null for the default (200 ms on a
     *     terminal, 2 s otherwise); zero prints a line at every step
     */
    public Progress(PrintStream out, boolean terminal, Duration interval) {
        this.out = out;
        this.terminal = terminal;
        Duration every = interval != null ? interval : Duration.ofMillis(terminal ? 200 : 2000);
        this.intervalNanos = every.toNanos();
    }

    /**
     * Sets the totals.
     *
     * @param sessionCount sessions to do
     * @param messageCount messages to do (an estimate when sessions were trimmed)
     */
    public void totals(long sessionCount, long messageCount) {
        this.totalSessions = sessionCount;
        this.totalMessages = messageCount;
    }

    /**
     * Counts progress.
     *
     * @param sessionsDone sessions finished since the last call
     * @param messagesDone messages handled since the last call (copied or found already there)
     */
    public void advance(long sessionsDone, long messagesDone) {
        sessions += sessionsDone;
        messages += messagesDone;
        long now = System.nanoTime();
        if (now - lastPrint >= intervalNanos || sessions == totalSessions) {
            lastPrint = now;
            out.print(line(now) + (terminal ? "\r" : "\n"));
            out.flush();
        }
    }

    /** Ends the progress line. */
    public void done() {
        out.println(line(System.nanoTime()).strip());
    }

    private String line(long now) {
        double seconds = Math.max(1e-3, (now - start) / 1e9);
        double rate = messages / seconds;
        long remaining = Math.max(0, totalMessages - messages);
        String eta = rate > 0 ? String.format(Locale.ROOT, "%.0fs", remaining / rate) : "?";
        int width = 20;
        int filled = totalMessages == 0 ? width : (int) Math.min(width, width * messages / totalMessages);
        return String.format(Locale.ROOT, "[%s%s] sessions %d/%d  messages %d/%d  %.0f msg/s  ETA %s   ",
                "#".repeat(filled), ".".repeat(width - filled), sessions, totalSessions, messages, totalMessages,
                rate, eta);
    }
}
