package dev.multichat.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CPU an operation of {@link RedisBench} costs, on both sides of the connection: this JVM's
 * Java threads' CPU time (the caller, Lettuce's event loops, the store's pub/sub and feed
 * threads; not the JIT's nor the GC's) and redis-server's ({@code INFO cpu}), per operation,
 * one thread, one server, history 1,000 (or the system property
 * {@code multichat.bench.history}: run it at 1,000 and at 100,000 to compare). Not a JMH
 * benchmark: on a shared machine whose load swings, a round trip's wall-clock time is mostly
 * waiting for a core, while the CPU each side burns moves much less. Nine rounds of 300
 * operations per subject, the subjects interleaved within each round (the same trial set-up as
 * the JMH benchmarks: {@link RedisState}, {@link RedisSession}); prints each subject's medians
 * and the ratios of the totals (client + server: the work one operation costs). tail20 against
 * rawStoreRead (the same two pipelined commands run by raw Lettuce) is what the store's Java side adds
 * to a read.
 * Also the median wall-clock time per operation of the same rounds (interleaved, so a load that
 * drifts hits every subject alike). {@code -Dmultichat.bench.mode=cluster} runs it on a
 * three-master cluster (server CPU is then the one node that answers {@code INFO}: read the
 * client side and the wall time there).
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar dev.multichat.bench.RedisCpuTime}.
 */
public final class RedisCpuTime {
    private static final int ROUNDS = 9;
    private static final int PER_ROUND = 300;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Pattern CPU = Pattern.compile("used_cpu_(?:sys|user):([0-9.]+)");

    private RedisCpuTime() {
    }

    /** @param args none */
    public static void main(String[] args) {
        RedisState state = new RedisState();
        state.mode = System.getProperty("multichat.bench.mode", "single");
        state.history = Integer.getInteger("multichat.bench.history", 1000);
        state.start();
        try {
            RedisSession s = new RedisSession();
            s.create(state);
            RedisBench bench = new RedisOneThreadBench();
            Map<String, Supplier<Object>> subjects = new LinkedHashMap<>();
            subjects.put("append1", () -> bench.append1(state, s));
            subjects.put("rawStoreScript", () -> bench.rawStoreScript(state, s));
            subjects.put("rawFloorAppend", () -> bench.rawFloorAppend(state, s));
            subjects.put("rawEvalsha", () -> bench.rawEvalsha(state, s));
            subjects.put("tail20", () -> bench.tail20(state, s));
            subjects.put("rawStoreRead", () -> bench.rawStoreRead(state, s));
            subjects.put("rawLrange20", () -> bench.rawLrange20(state, s));
            report(measure(state, s, subjects));
        } finally {
            state.stop();
        }
    }

    /** @return per subject, the medians of client CPU, server CPU and wall-clock nanoseconds per operation */
    private static Map<String, long[]> measure(RedisState state, RedisSession s,
                                               Map<String, Supplier<Object>> subjects) {
        Map<String, long[][]> rounds = new LinkedHashMap<>();
        subjects.forEach((name, subject) -> {
            run(subject, PER_ROUND * 3);
            rounds.put(name, new long[3][ROUNDS]);
        });
        for (int round = 0; round < ROUNDS; round++) {
            for (Map.Entry<String, Supplier<Object>> subject : subjects.entrySet()) {
                long client = clientCpu();
                long server = serverCpu(state);
                long start = System.nanoTime();
                run(subject.getValue(), PER_ROUND);
                rounds.get(subject.getKey())[2][round] = (System.nanoTime() - start) / PER_ROUND;
                rounds.get(subject.getKey())[0][round] = (clientCpu() - client) / PER_ROUND;
                rounds.get(subject.getKey())[1][round] = (serverCpu(state) - server) / PER_ROUND;
            }
            s.trim();
        }
        Map<String, long[]> medians = new LinkedHashMap<>();
        rounds.forEach((name, sides) -> medians.put(name,
                new long[] {median(sides[0]), median(sides[1]), median(sides[2])}));
        return medians;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /**
     * @return the CPU time so far of every Java thread of this JVM (the caller, Lettuce's event
     *     loops, the store's pub/sub and feed threads; not the JIT's or the GC's), in nanoseconds
     */
    private static long clientCpu() {
        long total = 0;
        for (long id : THREADS.getAllThreadIds()) {
            total += Math.max(0, THREADS.getThreadCpuTime(id));
        }
        return total;
    }

    /** @return redis-server's CPU time so far (user + system, all its threads), in nanoseconds */
    private static long serverCpu(RedisState state) {
        Matcher seconds = CPU.matcher(state.raw.info("cpu"));
        double total = 0;
        while (seconds.find()) {
            total += Double.parseDouble(seconds.group(1));
        }
        return (long) (total * 1e9);
    }

    private static void run(Supplier<Object> subject, int times) {
        for (int i = 0; i < times; i++) {
            subject.get();
        }
    }

    private static void report(Map<String, long[]> medians) {
        medians.forEach((name, cpu) -> System.out.printf(Locale.ROOT,
                "%-15s client %,7d ns  server %,7d ns  total %,7d ns CPU per operation; wall %,7d ns%n",
                name, cpu[0], cpu[1], cpu[0] + cpu[1], cpu[2]));
        String[][] ratios = {{"append1", "rawEvalsha"}, {"append1", "rawFloorAppend"},
            {"append1", "rawStoreScript"}, {"rawStoreScript", "rawFloorAppend"}, {"tail20", "rawLrange20"},
            {"tail20", "rawStoreRead"}, {"rawStoreRead", "rawLrange20"}};
        for (String[] pair : ratios) {
            long[] subject = medians.get(pair[0]);
            long[] baseline = medians.get(pair[1]);
            System.out.printf(Locale.ROOT, "%s / %s (rate ratio of total CPU): %.2fx, of wall time: %.2fx%n",
                    pair[0], pair[1], (double) (baseline[0] + baseline[1]) / (subject[0] + subject[1]),
                    (double) baseline[2] / subject[2]);
        }
    }
}
