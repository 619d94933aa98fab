package dev.multichat.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar, as a newcomer uses it: {@code java -jar multichat.jar serve} on the SQLite
 * default, the README's curl quick-start run against it verbatim (only the port differs), a
 * SIGTERM that stops it cleanly (a live stream followed with {@code curl -N} gets its {@code end}
 * event and completes), and a restart on the same database that still has everything.
 */
class AppJarIT {

    private static final Pattern SERVING = Pattern.compile("at http://127\\.0\\.0\\.1:(\\d+)");

    @TempDir
    Path dir;

    private Process server;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private int serve() throws IOException {
        server = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                Path.of(System.getProperty("multichat.jar")).toAbsolutePath().toString(), "serve", "--port", "0"))
                .directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher serving = SERVING.matcher(line);
            if (serving.find()) {
                return Integer.parseInt(serving.group(1));
            }
        }
        throw new AssertionError("serve ended without printing its address");
    }

    private static String quickStart() throws IOException {
        String readme = Files.readString(Path.of(System.getProperty("multichat.readme")));
        int marker = readme.indexOf("<!-- quick-start");
        int start = readme.indexOf("```bash\n", marker) + "```bash\n".length();
        return readme.substring(start, readme.indexOf("```", start));
    }

    @Test
    void theReadmeQuickStartRunsAgainstTheJarWhichStopsOnSigtermAndKeepsEverything() throws Exception {
        int port = serve();
        String script = quickStart().replace("127.0.0.1:8080", "127.0.0.1:" + port);
        Process curl = new ProcessBuilder("bash", "-e", "-c", script).redirectErrorStream(true).start();
        String output = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(curl.waitFor()).as(output).isZero();
        assertThat(output).contains("It left today.").contains("Refund (sent)");
        assertThat(followUntilSigterm(port)).contains("event: end").contains("{\"reason\":\"STORE_CLOSED\"}");
        assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        int again = serve();
        HttpResponse<String> session = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + again + "/v1/sessions/support-42")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(session.statusCode()).isEqualTo(200);
        assertThat(session.body()).contains("\"title\":\"Refund (sent)\"").contains("\"lastSeq\":2");
    }

    /**
     * Follows the session with {@code curl -N} from its start, sends the server SIGTERM once the
     * history has arrived, and returns what curl printed after that; curl must exit 0 (the
     * response completed cleanly).
     */
    private String followUntilSigterm(int port) throws IOException, InterruptedException {
        Process curl = new ProcessBuilder("curl", "-sSN",
                "http://127.0.0.1:" + port + "/v1/sessions/support-42/messages/stream?after=0").start();
        BufferedReader events = new BufferedReader(
                new InputStreamReader(curl.getInputStream(), StandardCharsets.UTF_8));
        for (String line = events.readLine(); !"id: 2".equals(line); line = events.readLine()) {
            assertThat(line).as("the stream sends the history").isNotNull();
        }
        server.destroy();
        StringBuilder rest = new StringBuilder();
        for (String line = events.readLine(); line != null; line = events.readLine()) {
            rest.append(line).append('\n');
        }
        assertThat(curl.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(curl.exitValue()).as("curl exit code; it printed: " + rest).isZero();
        return rest.toString();
    }

    @Test
    void theJarAnswersVersionAndHelpWithExitCode0AndABadCommandWith2() throws Exception {
        assertThat(run("--version")).isZero();
        assertThat(run("serve", "--help")).isZero();
        assertThat(run("no-such-command")).isEqualTo(2);
    }

    private int run(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", Path.of(System.getProperty("multichat.jar")).toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }
}
