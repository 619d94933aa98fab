package dev.multichat.app.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code multichat serve} in its own JVM (this test run's classpath) on a real SQLite file in a
 * fresh directory, on a free port, optionally with a token file; stopped with SIGTERM. Its
 * {@link #call} is the test's own API client ("someone else" writing to the store).
 */
final class ServeProcess implements AutoCloseable {

    private static final Pattern SERVING = Pattern.compile("at http://127\\.0\\.0\\.1:(\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final int port;
    private final String token;
    private final HttpClient client = HttpClient.newHttpClient();

    private ServeProcess(Process process, int port, String token) {
        this.process = process;
        this.port = port;
        this.token = token;
    }

    /**
     * Starts serve.
     *
     * @param dir a fresh directory for the database, the token file and the server's log
     * @param tokenLines the token file's lines, none for a server without tokens
     * @return the running server; {@link #call} uses the first token (which should be admin)
     * @throws IOException when serve cannot start or does not print its address within 60 s
     */
    static ServeProcess start(Path dir, String... tokenLines) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "dev.multichat.app.Main", "serve",
                "--store", "sqlite:" + dir.resolve("chats.db"), "--port", "0"));
        if (tokenLines.length > 0) {
            Path tokens = Files.writeString(dir.resolve("tokens"), String.join("\n", tokenLines) + "\n");
            Files.setPosixFilePermissions(tokens, PosixFilePermissions.fromString("rw-------"));
            command.addAll(List.of("--tokens", tokens.toString()));
        }
        Process process = new ProcessBuilder(command).redirectError(dir.resolve("serve.log").toFile()).start();
        CompletableFuture<Integer> port = CompletableFuture.supplyAsync(() -> address(process));
        try {
            return new ServeProcess(process, port.get(60, TimeUnit.SECONDS),
                    tokenLines.length > 0 ? tokenLines[0].split(" ")[0] : null);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IOException("serve did not start; its log: " + Files.readString(dir.resolve("serve.log")), e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static int address(Process process) {
        BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        try {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Matcher serving = SERVING.matcher(line);
                if (serving.find()) {
                    return Integer.parseInt(serving.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("serve ended without printing its address");
    }

    /**
     * The UI's address.
     *
     * @param hash the page, e.g. {@code #/sessions/alice}
     * @return the URL
     */
    String ui(String hash) {
        return "http://127.0.0.1:" + port + "/ui/" + hash;
    }

    /**
     * Calls the API as the test (admin token if the server has tokens) and requires a 2xx answer.
     *
     * @param method the method
     * @param path the path and query
     * @param body a JSON body or {@code null}
     * @return the parsed JSON answer ({@code null} for an empty one)
     */
    JsonNode call(String method, String path, String body) {
        HttpResponse<String> reply = send(method, path, body);
        if (reply.statusCode() / 100 != 2) {
            throw new AssertionError(method + " " + path + " answered " + reply.statusCode() + ": " + reply.body());
        }
        try {
            return reply.body().isEmpty() ? null : JSON.readTree(reply.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Calls the API as the test and answers the status.
     *
     * @param method the method
     * @param path the path
     * @return the HTTP status
     */
    int status(String method, String path) {
        return send(method, path, null).statusCode();
    }

    private HttpResponse<String> send(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Ends a test class's browser and server: quits the browser, then stops serve even when quitting
     * failed; either may be null when its start failed.
     *
     * @param serve the server, or null
     * @param browser the browser, or null
     * @throws IOException when the browser's profile cannot be removed
     * @throws InterruptedException when interrupted while serve stops
     */
    static void stop(ServeProcess serve, Browser browser) throws IOException, InterruptedException {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (serve != null) {
                serve.close();
            }
        }
    }

    /** Stops serve with SIGTERM (a graceful stop), forcibly if it has not ended within 30 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
