package dev.multichat.bench;

import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionInfo;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A benchmark thread's own session and its own keep-alive HTTP/1.1 connection: a minimal load
 * generator (as wrk does) that writes each request whole in one write and reads the answer by its
 * Content-Length, so the figure is the server's, not a client library's. 8 threads are 8
 * connections.
 */
@State(Scope.Thread)
public class HttpClientState {

    SessionId id;
    private Socket socket;
    private OutputStream out;
    private InputStream in;
    private byte[] request;

    /**
     * Creates the session, connects and prepares the append request (one 200-character message).
     *
     * @param server the trial's server
     * @throws IOException when the connection fails
     */
    @Setup(Level.Trial)
    public void create(HttpServerState server) throws IOException {
        id = SessionId.of("s-" + UUID.randomUUID());
        server.store.create(new NewSession(id, SessionInfo.of("bench")));
        socket = new Socket("127.0.0.1", server.server.port());
        socket.setTcpNoDelay(true);
        out = socket.getOutputStream();
        in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
        String body = "{\"messages\":[{\"author\":\"bench\",\"role\":\"user\",\"content\":\"" + Payload.TEXT + "\"}]}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        request = ("POST /v1/sessions/" + id.value() + "/messages HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + bytes.length + "\r\n\r\n" + body)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Closes the connection. */
    @TearDown(Level.Trial)
    public void close() throws IOException {
        socket.close();
    }

    int send() throws IOException {
        out.write(request);
        out.flush();
        String status = line();
        int length = -1;
        for (String header = line(); !header.isEmpty(); header = line()) {
            if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                length = Integer.parseInt(header.substring(15).strip());
            }
        }
        if (!status.startsWith("HTTP/1.1 201") || length < 0 || in.readNBytes(length).length != length) {
            throw new IllegalStateException("append over HTTP answered " + status);
        }
        return 201;
    }

    private String line() throws IOException {
        StringBuilder text = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("the server closed the connection");
            }
            if (c != '\r') {
                text.append((char) c);
            }
        }
        return text.toString();
    }
}
