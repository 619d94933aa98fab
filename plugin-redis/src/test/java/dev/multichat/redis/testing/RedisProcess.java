package dev.multichat.redis.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * One {@code redis-server} (or {@code redis-server --sentinel}) process on a free loopback port,
 * with its own temporary directory (AOF, RDB, cluster config, log). It can be killed with
 * SIGKILL and restarted on the same port and directory. Every process still running when the
 * JVM exits is killed by a shutdown hook, so none outlives the tests.
 */
public final class RedisProcess implements RedisSetup {
    private static final Set<RedisProcess> RUNNING = ConcurrentHashMap.newKeySet();
    private static final Duration READY = Duration.ofSeconds(30);
    private static final long POLL_NANOS = 10_000_000;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(p -> p.process.destroyForcibly())));
    }

    private final int port;
    private final Path dir;
    private final List<String> command;
    private volatile Process process;

    private RedisProcess(int port, Path dir, List<String> command) {
        this.port = port;
        this.dir = dir;
        this.command = command;
    }

    /**
     * Starts a server and waits until it answers PING (or asks for a password).
     *
     * @param cluster whether its bus port (port + 10000) must be free too
     * @param args extra configuration, e.g. {@code --appendonly yes}; a config file path first
     *     for {@code --sentinel}
     * @return the running server
     */
    public static RedisProcess start(boolean cluster, String... args) {
        try {
            Path dir = Files.createTempDirectory("multichat-redis-");
            int port = FreePorts.next(cluster);
            List<String> command = new ArrayList<>(List.of(RedisBinary.path().toString()));
            command.addAll(List.of(args));
            command.addAll(List.of("--port", Integer.toString(port), "--bind", "127.0.0.1", "--dir",
                    dir.toString(), "--protected-mode", "no", "--daemonize", "no", "--logfile", "redis.log"));
            RedisProcess redis = new RedisProcess(port, dir, command);
            redis.launch();
            return redis;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for redis-server", e);
        }
    }

    /** @return the port it listens on, on 127.0.0.1 */
    public int port() {
        return port;
    }

    /** @return {@code redis://127.0.0.1:<port>} */
    @Override
    public String uri() {
        return "redis://127.0.0.1:" + port;
    }

    /** @return whether the process is running */
    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Kills the process with SIGKILL (no shutdown, no final fsync) and waits for it to be gone. */
    public void kill() {
        Process running = process;
        running.destroyForcibly();
        waitFor(running);
        RUNNING.remove(this);
    }

    /** Starts the process again on the same port and directory and waits until it answers PING. */
    public void restart() {
        launch();
    }

    /** Stops the process (SIGKILL: tests need no graceful save) and deletes its directory. */
    @Override
    public void close() {
        if (isAlive()) {
            kill();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }

    private void launch() {
        try {
            process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("stdout.log").toFile()).start();
            RUNNING.add(this);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.get(0), e);
        }
        long deadline = System.nanoTime() + READY.toNanos();
        while (true) {
            try {
                if ("PONG".equals(Resp.once(port, "PING"))) {
                    return;
                }
            } catch (IOException e) {
                if (String.valueOf(e.getMessage()).startsWith("NOAUTH")) {
                    return;
                }
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("redis-server on port " + port + " did not become ready"
                            + " (see " + dir.resolve("redis.log") + "): " + e.getMessage(), e);
                }
                LockSupport.parkNanos(POLL_NANOS);
            }
        }
    }

    private static void waitFor(Process running) {
        try {
            if (!running.waitFor(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("redis-server did not exit within 10 s of SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for redis-server to exit", e);
        }
    }
}
