package dev.multichat.bench;

import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionInfo;
import java.io.IOException;
import java.util.UUID;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A benchmark thread's own session and its own keep-alive HTTP/1.1 connection
 * ({@link HttpConnection}). 8 threads are 8 connections.
 */
@State(Scope.Thread)
public class HttpClientState {

    SessionId id;
    private HttpConnection connection;

    /**
     * Creates the session and connects.
     *
     * @param server the trial's server
     * @throws IOException when the connection fails
     */
    @Setup(Level.Trial)
    public void create(HttpServerState server) throws IOException {
        id = SessionId.of("s-" + UUID.randomUUID());
        server.store.create(new NewSession(id, SessionInfo.of("bench")));
        connection = new HttpConnection(server.server.port(), id);
    }

    /** Closes the connection. */
    @TearDown(Level.Trial)
    public void close() throws IOException {
        connection.close();
    }

    int send() throws IOException {
        return connection.append();
    }

    /** @return 200 once {@code GET /v1/whoami} (no store work) was answered */
    int whoami() throws IOException {
        return connection.whoami();
    }
}
