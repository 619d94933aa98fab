package dev.multichat.bench;

import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.Subscription;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * The change feed's cost to a store's writer (issue 14), in CPU time of the appending thread
 * (user + system) and in wall time, with the subjects interleaved: appends of one message to a
 * session with 0, 1 and 1,000 subscribers (one store each, as {@link FeedBackends} opens them),
 * and on {@code memory} also the bare hand-offs of {@link FeedHandOff} (no consumer, a
 * spinning consumer, a parked consumer unparked per append), on the other backends the
 * {@link FeedFloor} with 1,000 listeners (a wake-up and the listener calls per append, nothing
 * else) and, on redis and postgres, a store without subscribers beside a second store on the
 * same data (the hints to other instances). Not a JMH benchmark: on a shared
 * machine whose load swings, JMH's wall-clock rates vary several-fold between iterations (and
 * between trials run minutes apart), while the CPU the writer burns on its own thread moves
 * far less, and interleaving puts every subject under the same load. The writer's CPU figure
 * leaves out the delivery threads and any wait for the device; the CPU of the process's other
 * threads is printed beside it, with the feed's and Lettuce's own threads apart
 * ({@link ThreadGroupCpu}; the rest is JIT, GC and the JVM). Fifteen rounds per subject; prints
 * the medians per append and the rate ratios.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar dev.multichat.bench.FeedCpuTime [memory|json|postgres|redis]}
 * (json: {@code fsync=always}, as in {@code FeedBench}; postgres and redis: one server, a schema or
 * key prefix per store).
 */
public final class FeedCpuTime {
    private static final int ROUNDS = 15;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class);
    private static final LongAdder RECEIVED = new LongAdder();

    private FeedCpuTime() {
    }

    /**
     * @param args the backend: memory (the default) or json
     */
    public static void main(String[] args) {
        String backend = args.length > 0 ? args[0] : "memory";
        int perRound = "memory".equals(backend) ? 20_000 : "redis".equals(backend) ? 1_000 : 200;
        FeedBackends servers = new FeedBackends();
        Path dir = DataDir.create("feed-cpu-");
        Map<String, Runnable> subjects = new LinkedHashMap<>();
        List<AutoCloseable> open = new ArrayList<>();
        try {
            for (int subscribers : new int[] {0, 1, 1000}) {
                follow(servers.uri(backend, dir.resolve("s" + subscribers)), subscribers, subjects, open);
            }
            if (!"memory".equals(backend)) {
                floor(servers.uri(backend, dir.resolve("floor")), subjects, open);
                if ("redis".equals(backend) || "postgres".equals(backend)) { // servers: two instances share one
                    listened(servers.uri(backend, dir.resolve("listened")), subjects, open);
                }
            } else {
                for (String mode : new String[] {"none", "spin", "unpark"}) {
                    FeedHandOff handOff = new FeedHandOff();
                    handOff.handoff = mode;
                    handOff.open();
                    open.add(handOff::close);
                    subjects.put("hand-off " + mode, handOff::appendAndHandOff);
                }
            }
            report(measure(subjects, perRound));
        } finally {
            closeAll(open);
            servers.close();
            DataDir.delete(dir);
        }
    }

    private static void follow(String uri, int subscribers, Map<String, Runnable> subjects,
                               List<AutoCloseable> open) {
        SessionStore store = SessionStores.open(uri);
        open.add(store);
        SessionId id = store.create(NewSession.of("followed", "bench")).id();
        for (int i = 0; i < subscribers; i++) {
            open.add(store.followSession(id, 0, batch -> RECEIVED.add(batch.size())));
        }
        subjects.put("store, " + subscribers + " subscriber(s)", () -> store.append(id, Payload.ONE));
    }

    /** A store without subscribers whose appends a {@link FeedFloor} with 1,000 listeners delivers. */
    private static void floor(String uri, Map<String, Runnable> subjects, List<AutoCloseable> open) {
        SessionStore store = SessionStores.open(uri);
        open.add(store);
        SessionId id = store.create(NewSession.of("floored", "bench")).id();
        FeedFloor floor = new FeedFloor(1000, batch -> RECEIVED.add(batch.size()), false);
        open.add(floor);
        subjects.put("floor, 1000 listener(s)", () -> floor.handOff(store.append(id, Payload.ONE)));
    }

    /**
     * A store without subscribers, beside a second store on the same data (another app instance)
     * that follows nothing: what the backend's hints to other instances cost an append (on Redis
     * the append script's {@code PUBLISH}, sent whenever another store listens, and the other
     * store's receipt, here in the same process).
     */
    private static void listened(String uri, Map<String, Runnable> subjects, List<AutoCloseable> open) {
        SessionStore store = SessionStores.open(uri);
        open.add(store);
        open.add(SessionStores.open(uri));
        SessionId id = store.create(NewSession.of("listened", "bench")).id();
        subjects.put("store, 0, another listening", () -> store.append(id, Payload.ONE));
    }

    /**
     * @return per subject, the median per append of the writer's CPU, the wall time, the CPU of
     *     the process's other threads (delivery, signals, JIT, GC), and of those the feed's
     *     threads' and Lettuce's ({@link ThreadGroupCpu}), in nanoseconds
     */
    private static Map<String, long[]> measure(Map<String, Runnable> subjects, int perRound) {
        Map<String, long[][]> rounds = new LinkedHashMap<>();
        subjects.forEach((name, subject) -> {
            run(subject, perRound * 2); // warm-up
            rounds.put(name, new long[5][ROUNDS]);
        });
        ThreadGroupCpu groups = new ThreadGroupCpu();
        for (int round = 0; round < ROUNDS; round++) {
            for (Map.Entry<String, Runnable> subject : subjects.entrySet()) {
                groups.snapshot();
                long process = PROCESS.getProcessCpuTime();
                long cpu = THREADS.getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                run(subject.getValue(), perRound);
                long[][] r = rounds.get(subject.getKey());
                r[0][round] = (THREADS.getCurrentThreadCpuTime() - cpu) / perRound;
                r[1][round] = (System.nanoTime() - wall) / perRound;
                r[2][round] = (PROCESS.getProcessCpuTime() - process) / perRound - r[0][round];
                long[] kinds = groups.snapshot();
                r[3][round] = kinds[0] / perRound;
                r[4][round] = kinds[1] / perRound;
            }
        }
        Map<String, long[]> medians = new LinkedHashMap<>();
        rounds.forEach((name, r) -> medians.put(name, new long[] {median(r[0]), median(r[1]), median(r[2]),
            median(r[3]), median(r[4])}));
        return medians;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void run(Runnable subject, int times) {
        for (int i = 0; i < times; i++) {
            subject.run();
        }
    }

    private static void report(Map<String, long[]> medians) {
        long[] none = medians.get("store, 0 subscriber(s)");
        long[] bare = medians.getOrDefault("hand-off none", none);
        medians.forEach((name, m) -> {
            long[] base = name.startsWith("hand-off") ? bare : none;
            System.out.printf(Locale.ROOT, "%-26s CPU %,9d ns/append (%.2fx)   wall %,9d ns/append (%.2fx)"
                    + "   other threads' CPU %,9d ns/append (feed %,d, lettuce %,d)%n", name, m[0],
                    (double) base[0] / m[0], m[1], (double) base[1] / m[1], m[2], m[3], m[4]);
        });
        System.out.printf(Locale.ROOT, "(x: rate ratio to 0 subscribers, or to hand-off none; %,d received)%n",
                RECEIVED.sum());
    }

    private static void closeAll(List<AutoCloseable> open) {
        for (int i = open.size() - 1; i >= 0; i--) {
            try {
                open.get(i).close();
            } catch (Exception e) {
                System.err.println("closing failed: " + e);
            }
        }
    }
}
