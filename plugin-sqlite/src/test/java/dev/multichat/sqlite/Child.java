package dev.multichat.sqlite;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A running {@link AppendChild} JVM, read line by line. */
final class Child implements AutoCloseable {
    private final Process process;
    private final BufferedReader out;
    private final Path log;

    /**
     * @param uri the store the child opens, e.g. {@code sqlite:/tmp/x.db?synchronous=full}
     * @param name prefix of the message ids it writes
     * @param count how many messages, 0 for until killed
     * @param sessions the sessions it appends to, round robin
     * @param log where its stderr goes
     */
    Child(String uri, String name, long count, List<String> sessions, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                // the driver's native library is extracted beside the log, into the test's
                // temporary directory, so killed children leave nothing behind in /tmp
                "-Dorg.sqlite.tmpdir=" + log.getParent(), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                AppendChild.class.getName(), uri, name, Long.toString(count)));
        command.addAll(sessions);
        this.log = log;
        process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Waits for READY (the store is open). */
    void awaitReady() throws IOException {
        String line = out.readLine();
        if (!"READY".equals(line)) {
            throw new IOException("child did not start, said: " + line + "; its stderr: "
                    + Files.readString(log));
        }
    }

    /** Lets the child start appending. */
    void go() throws IOException {
        OutputStream in = process.getOutputStream();
        in.write("go\n".getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    /** @return the next line, or null at the end of the output */
    String nextLine() throws IOException {
        return out.readLine();
    }

    /** kill -9, then waits for the process to be gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(1, TimeUnit.MINUTES);
    }

    /** @return the exit code, after waiting at most a minute */
    int awaitExit() throws InterruptedException {
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
