package dev.multichat.app.http;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A real server over a real SQLite file in a fresh directory for each test, stopped after it. */
abstract class LiveApiTest {

    @TempDir
    Path dir;

    TestApi api;

    @BeforeEach
    void startApi() throws IOException {
        api = TestApi.start(dir, tokens(), keepAlive());
    }

    /**
     * How long an idle live stream stays silent.
     *
     * @return the keep-alive period (the server's default unless a test needs it short)
     */
    Duration keepAlive() {
        return ServerOptions.DEFAULT_KEEP_ALIVE;
    }

    /**
     * The server's tokens.
     *
     * @return the tokens, or {@code null} for none (the default)
     * @throws IOException when a token file cannot be written
     */
    Tokens tokens() throws IOException {
        return null;
    }

    @AfterEach
    void stopApi() {
        api.close();
    }
}
