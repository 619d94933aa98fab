package dev.multichat.bench;

import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * Where 8 threads doing tail(20) on 8 sessions of one JSON store spend their time, next to one
 * thread (issue 18: 8 threads must reach 1.6x one thread's rate on 2 cores). Not JMH: on a shared
 * machine the wall-clock rates swing with the load, while what each operation costs does not.
 * Per operation, for 1 thread and for 8, it prints the CPU time of the threads doing the reads,
 * the CPU time of the whole process (GC and compiler threads included), and how often a reading
 * thread blocked on a monitor or parked (a lock or condition another thread held). Reads that
 * share nothing cost the same CPU per operation on 8 threads as on one and never block; then the
 * 8-thread rate is bounded only by the cores free for it. Rounds alternate 1 and 8 threads;
 * medians of {@value #ROUNDS} rounds of {@value #OPS} operations.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar dev.multichat.bench.JsonTailCpuTime}
 * (history 1,000, {@code fsync=never}).
 */
public final class JsonTailCpuTime {
    private static final int HISTORY = 1000;
    private static final int THREADS = 8;
    private static final int ROUNDS = 9;
    private static final int OPS = 16_000;
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private JsonTailCpuTime() {
    }

    /**
     * One round's figures, per operation.
     *
     * @param wallRate operations per second of wall-clock time
     * @param readerCpu CPU nanoseconds of the reading threads
     * @param processCpu CPU nanoseconds of the whole process
     * @param waits times a reading thread blocked on a monitor or waited (parked)
     */
    private record Round(double wallRate, double readerCpu, double processCpu, double waits) {
    }

    /**
     * @param args none
     * @throws InterruptedException if interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        Path dir = DataDir.create("json-tail-cpu");
        MX.setThreadContentionMonitoringEnabled(true);
        try (SessionStore store = SessionStores.open("json:" + dir + "?fsync=never&sweep=off")) {
            List<SessionId> ids = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                ids.add(History.create(store, HISTORY));
            }
            round(store, ids, 1);
            round(store, ids, THREADS); // warm-up
            Round[] one = new Round[ROUNDS];
            Round[] eight = new Round[ROUNDS];
            for (int r = 0; r < ROUNDS; r++) {
                one[r] = round(store, ids, 1);
                eight[r] = round(store, ids, THREADS);
            }
            report(median(one), median(eight));
        } finally {
            DataDir.delete(dir);
        }
    }

    /** Runs {@link #OPS} tail(20) calls split over {@code threads} threads, each on its own session. */
    private static Round round(SessionStore store, List<SessionId> ids, int threads) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(threads);
        long[] cpu = new long[threads];
        long[] waits = new long[threads];
        for (int t = 0; t < threads; t++) {
            int slot = t;
            Thread reader = new Thread(() -> {
                awaitQuietly(start);
                long id = Thread.currentThread().getId();
                ThreadInfo before = MX.getThreadInfo(id);
                long cpuBefore = MX.getCurrentThreadCpuTime();
                for (int i = 0; i < OPS / threads; i++) {
                    store.tail(ids.get(slot), 20);
                }
                cpu[slot] = MX.getCurrentThreadCpuTime() - cpuBefore;
                ThreadInfo after = MX.getThreadInfo(id);
                waits[slot] = after.getBlockedCount() + after.getWaitedCount()
                        - before.getBlockedCount() - before.getWaitedCount();
                done.countDown();
            }, "tail-" + t);
            reader.start();
        }
        long processBefore = OS.getProcessCpuTime();
        long wallBefore = System.nanoTime();
        start.countDown();
        done.await();
        long wall = System.nanoTime() - wallBefore;
        long process = OS.getProcessCpuTime() - processBefore;
        return new Round(OPS * 1e9 / wall, (double) Arrays.stream(cpu).sum() / OPS, (double) process / OPS,
                (double) Arrays.stream(waits).sum() / OPS);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Round median(Round[] rounds) {
        return new Round(mid(rounds, Round::wallRate), mid(rounds, Round::readerCpu),
                mid(rounds, Round::processCpu), mid(rounds, Round::waits));
    }

    private static double mid(Round[] rounds, java.util.function.ToDoubleFunction<Round> figure) {
        double[] values = Arrays.stream(rounds).mapToDouble(figure).sorted().toArray();
        return values[values.length / 2];
    }

    private static void report(Round one, Round eight) {
        String row = "%-9s %,10.0f ops/s wall  %7.1f us reader CPU/op  %7.1f us process CPU/op  %.4f waits/op%n";
        System.out.printf(Locale.ROOT, row, "1 thread", one.wallRate(), one.readerCpu() / 1e3,
                one.processCpu() / 1e3, one.waits());
        System.out.printf(Locale.ROOT, row, "8 threads", eight.wallRate(), eight.readerCpu() / 1e3,
                eight.processCpu() / 1e3, eight.waits());
        System.out.printf(Locale.ROOT, "8 threads / 1 thread: wall rate %.2fx, process CPU per op %.2fx,"
                + " reader CPU per op %.2fx%n", eight.wallRate() / one.wallRate(),
                eight.processCpu() / one.processCpu(), eight.readerCpu() / one.readerCpu());
        double oneCeiling = Math.min(1e9 / one.readerCpu(), 2e9 / one.processCpu());
        double eightCeiling = 2e9 / eight.processCpu();
        System.out.printf(Locale.ROOT, "rates these CPU costs allow on 2 otherwise idle cores: 1 thread %,.0f"
                + " ops/s (its reader on one core), 8 threads %,.0f ops/s: %.2fx%n", oneCeiling, eightCeiling,
                eightCeiling / oneCeiling);
    }
}
