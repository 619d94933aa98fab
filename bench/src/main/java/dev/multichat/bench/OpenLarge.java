package dev.multichat.bench;

import dev.multichat.api.ChatSession;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.Page;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionQuery;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import java.lang.management.ManagementFactory;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Opening a large store: builds one of {@code sessions} sessions of {@code messages} messages
 * each, spread over {@code owners} owners ({@code build}), then, in a fresh JVM, measures how
 * long opening it and listing one owner's first page of 20 take and how much heap the open
 * store holds ({@code measure}). Not a JMH benchmark: opening is a one-time cost, measured
 * once per JVM. Run by {@code bench/run-open-large.sh}.
 *
 * <p>Usage: {@code OpenLarge build <uri> <sessions> <messages> <owners>} and
 * {@code OpenLarge measure <uri>}.
 */
public final class OpenLarge {
    /** The owner whose first page is listed. */
    static final String OWNER = "owner-0";
    /** Sessions per listed page. */
    static final int PAGE = 20;
    private static final double MIB = 1024.0 * 1024.0;

    private OpenLarge() {
    }

    /**
     * @param args {@code build <uri> <sessions> <messages> <owners>} or {@code measure <uri>}
     */
    public static void main(String[] args) {
        if (args.length == 5 && "build".equals(args[0])) {
            build(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
        } else if (args.length == 2 && "measure".equals(args[0])) {
            measure(args[1]);
        } else {
            System.err.println("usage: OpenLarge build <uri> <sessions> <messages> <owners> | OpenLarge measure <uri>");
            System.exit(2);
        }
    }

    private static void build(String uri, int sessions, int messages, int owners) {
        long start = System.nanoTime();
        List<MessageDraft> drafts = Collections.nCopies(messages, Payload.DRAFT);
        try (SessionStore store = SessionStores.open(uri)) {
            for (int i = 0; i < sessions; i++) {
                SessionId id = SessionId.of("large-" + i);
                store.create(NewSession.of(id.value(), "owner-" + i % owners));
                store.append(id, drafts);
            }
        }
        System.out.printf(Locale.ROOT, "built %,d sessions x %,d messages over %,d owners in %.1f s%n",
                sessions, messages, owners, (System.nanoTime() - start) / 1e9);
    }

    private static void measure(String uri) {
        double heapBefore = usedHeapMib();
        long start = System.nanoTime();
        try (SessionStore store = SessionStores.open(uri)) {
            long opened = System.nanoTime();
            Page<ChatSession> page = store.list(SessionQuery.first(OWNER, PAGE));
            long listed = System.nanoTime();
            double heapOpen = usedHeapMib();
            System.out.printf(Locale.ROOT, "open %.0f ms, first page of %s (%d sessions) %.0f ms,"
                    + " heap held by the open store %.0f MiB (%.0f MiB used in all, max %.0f MiB)%n",
                    (opened - start) / 1e6, OWNER, page.items().size(), (listed - opened) / 1e6,
                    heapOpen - heapBefore, heapOpen, Runtime.getRuntime().maxMemory() / MIB);
        }
    }

    private static double usedHeapMib() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MIB;
    }
}
