package dev.multichat.bench;

import dev.multichat.redis.testing.RedisProcess;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code redis-benchmark} baseline for {@link RedisEightThreadsBench}: starts the same
 * redis-server the benchmarks start, loads the same trivial script and runs
 * {@code redis-benchmark -c 8 EVALSHA <sha> 1 key} against it (8 client connections, no
 * pipelining), printing its requests per second. Not a JMH benchmark: it needs
 * {@code redis-benchmark} on {@code PATH} (Debian: the {@code redis-tools} package) and says so
 * and exits 0 when there is none, so nothing else depends on it.
 *
 * <pre>{@code java -cp bench/target/benchmarks.jar dev.multichat.bench.RedisBenchmarkBaseline [requests]}</pre>
 */
public final class RedisBenchmarkBaseline {
    private static final int DEFAULT_REQUESTS = 200_000;

    private RedisBenchmarkBaseline() {
    }

    /**
     * @param args optional: how many requests (default 200,000)
     * @throws IOException if redis-benchmark cannot be started
     * @throws InterruptedException if interrupted while it runs
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        Optional<Path> tool = onPath("redis-benchmark");
        if (tool.isEmpty()) {
            System.out.println("redis-benchmark is not on PATH (Debian: apt-get install redis-tools):"
                    + " no redis-benchmark baseline in this run");
            return;
        }
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_REQUESTS;
        try (RedisProcess server = RedisProcess.start(false, "--save", "")) {
            String sha = load(server);
            List<String> command = new ArrayList<>(List.of(tool.get().toString(), "-h", "127.0.0.1",
                    "-p", Integer.toString(server.port()), "-c", "8", "-n", Integer.toString(requests), "-q",
                    "EVALSHA", sha, "1", "bench:raw"));
            System.out.println("running: " + String.join(" ", command.subList(1, command.size())));
            Process run = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = run.waitFor();
            System.out.println(output.strip());
            System.out.println("redis-benchmark exited with " + status);
        }
    }

    private static String load(RedisProcess server) {
        RedisClient client = RedisClient.create(server.uri());
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            return connection.sync().scriptLoad(RedisState.TRIVIAL);
        } finally {
            client.shutdown();
        }
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
