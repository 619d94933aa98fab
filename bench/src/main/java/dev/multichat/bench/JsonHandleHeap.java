package dev.multichat.bench;

import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * The heap a JSON store holds while sessions are touched one after the other (issue 18: it must
 * stay below the handle cache's bound instead of growing with every session touched since
 * open). Opens a store built by {@code OpenLarge build} (sessions {@code large-0 ..}), reads
 * tail(20) of each in turn and, every {@code step} sessions, prints the used heap after a full
 * GC minus the heap before the store opened. Not JMH: a memory figure, measured once.
 *
 * <p>Usage: {@code JsonHandleHeap <uri> <sessions> <step>}.
 */
public final class JsonHandleHeap {
    private static final double MIB = 1024.0 * 1024.0;

    private JsonHandleHeap() {
    }

    /** @param args {@code <uri> <sessions> <step>} */
    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: JsonHandleHeap <uri> <sessions> <step>");
            System.exit(2);
        }
        int sessions = Integer.parseInt(args[1]);
        int step = Integer.parseInt(args[2]);
        double before = usedHeapMib();
        try (SessionStore store = SessionStores.open(args[0])) {
            System.out.printf(Locale.ROOT, "opened: %.1f MiB held%n", usedHeapMib() - before);
            long start = System.nanoTime();
            for (int i = 0; i < sessions; i++) {
                store.tail(SessionId.of("large-" + i), 20);
                if ((i + 1) % step == 0) {
                    System.out.printf(Locale.ROOT, "touched %,d sessions (%.0f s): %.1f MiB held%n", i + 1,
                            (System.nanoTime() - start) / 1e9, usedHeapMib() - before);
                }
            }
        }
    }

    private static double usedHeapMib() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MIB;
    }
}
