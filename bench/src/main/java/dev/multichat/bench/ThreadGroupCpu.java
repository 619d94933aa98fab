package dev.multichat.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * The CPU time of the process's threads other than the caller, summed per kind, so that a
 * benchmark can tell the change feed's own threads ({@code multichat-feed-*}: delivery, watcher;
 * or the {@code feed-floor-*} thread of {@link FeedFloor}, which stands in for them) from a
 * driver's ({@code lettuce-*}: Lettuce's event loops) and from the JVM's (JIT compilers, GC and
 * the rest), which a process-wide figure mixes up. A thread that ends between two snapshots
 * takes its CPU with it (the feed's and Lettuce's threads live as long as the store).
 */
final class ThreadGroupCpu {
    /** The kinds, in the order of {@link #snapshot()}'s array. */
    static final String[] KINDS = {"feed", "lettuce", "jvm"};
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> last = new HashMap<>();

    /**
     * @return per kind, the CPU nanoseconds the other threads used since the previous call (the
     *     first call counts from each thread's start)
     */
    long[] snapshot() {
        long[] used = new long[KINDS.length];
        long self = Thread.currentThread().getId();
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info == null || info.getThreadId() == self) {
                continue;
            }
            long cpu = THREADS.getThreadCpuTime(info.getThreadId());
            if (cpu < 0) {
                continue;
            }
            Long before = last.put(info.getThreadId(), cpu);
            used[kind(info.getThreadName())] += cpu - (before == null ? 0 : before);
        }
        return used;
    }

    private static int kind(String name) {
        if (name.startsWith("multichat-feed") || name.startsWith("feed-floor")) {
            return 0;
        }
        return name.startsWith("lettuce") ? 1 : 2;
    }
}
