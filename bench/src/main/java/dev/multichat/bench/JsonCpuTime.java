package dev.multichat.bench;

import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The CPU time (user + system, of the calling thread) of our JSON store's append of one message
 * and tail(20) at {@code fsync=never}, history 1,000: what issue 18 requires not to get slower.
 * Not JMH: on a shared machine JMH's wall-clock rates swing several-fold between iterations
 * (and a short warmup leaves the JIT compiling into the measurement), while the CPU an
 * operation burns on its own thread barely moves. Fifteen rounds of 2,000 operations per
 * subject, interleaved, after a warm-up of 20,000 each; the session is trimmed back to 1,000
 * messages after each round. Prints each subject's median per operation; run it on two builds'
 * jars to compare them (see {@link SqliteCpuTime} for how).
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar dev.multichat.bench.JsonCpuTime}.
 */
public final class JsonCpuTime {
    private static final int HISTORY = 1000;
    private static final int ROUNDS = 15;
    private static final int PER_ROUND = 2000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private JsonCpuTime() {
    }

    /** @param args none */
    public static void main(String[] args) {
        Path dir = DataDir.create("json-cpu");
        try (SessionStore store = SessionStores.open("json:" + dir + "?fsync=never&sweep=off")) {
            SessionId id = History.create(store, HISTORY);
            Map<String, Runnable> subjects = new LinkedHashMap<>();
            subjects.put("append1", () -> store.append(id, Payload.ONE));
            subjects.put("tail20", () -> store.tail(id, 20));
            Map<String, long[]> rounds = new LinkedHashMap<>();
            subjects.forEach((name, subject) -> {
                run(subject, PER_ROUND * 10);
                rounds.put(name, new long[ROUNDS]);
            });
            for (int round = 0; round < ROUNDS; round++) {
                for (Map.Entry<String, Runnable> subject : subjects.entrySet()) {
                    long start = THREADS.getCurrentThreadCpuTime();
                    run(subject.getValue(), PER_ROUND);
                    rounds.get(subject.getKey())[round] = (THREADS.getCurrentThreadCpuTime() - start) / PER_ROUND;
                }
                History.trimTo(store, id, HISTORY);
            }
            rounds.forEach((name, values) -> {
                long[] sorted = values.clone();
                Arrays.sort(sorted);
                System.out.printf(Locale.ROOT, "%-8s %,8d ns CPU per operation (median of %d rounds)%n", name,
                        sorted[ROUNDS / 2], ROUNDS);
            });
        } finally {
            DataDir.delete(dir);
        }
    }

    private static void run(Runnable subject, int times) {
        for (int i = 0; i < times; i++) {
            subject.run();
        }
    }
}
