package dev.multichat.bench;

import dev.multichat.api.SessionId;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One keep-alive HTTP/1.1 connection to the app's server on loopback: a minimal load generator
 * (as wrk does) that writes each request whole in one write and reads the answer by its
 * Content-Length, so the figure is the server's, not a client library's. Its two requests are
 * prepared once: an append of one 200-character message to one session, and {@code GET
 * /v1/whoami} (no store work). Not thread-safe: one thread per connection.
 */
final class HttpConnection implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final byte[] append;
    private final byte[] whoami;

    /**
     * Connects.
     *
     * @param port the server's loopback port
     * @param id the session the appends go to
     * @throws IOException when the connection fails
     */
    HttpConnection(int port, SessionId id) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setTcpNoDelay(true);
        out = socket.getOutputStream();
        in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
        String body = "{\"messages\":[{\"author\":\"bench\",\"role\":\"user\",\"content\":\"" + Payload.TEXT + "\"}]}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        append = ("POST /v1/sessions/" + id.value() + "/messages HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + bytes.length + "\r\n\r\n" + body)
                .getBytes(StandardCharsets.UTF_8);
        whoami = "GET /v1/whoami HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.UTF_8);
    }

    /** @return 201 once the append was answered with it */
    int append() throws IOException {
        return exchange(append, "HTTP/1.1 201");
    }

    /** @return 200 once {@code GET /v1/whoami} was answered with it */
    int whoami() throws IOException {
        return exchange(whoami, "HTTP/1.1 200");
    }

    private int exchange(byte[] request, String expected) throws IOException {
        out.write(request);
        out.flush();
        String status = line();
        int length = -1;
        for (String header = line(); !header.isEmpty(); header = line()) {
            if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                length = Integer.parseInt(header.substring(15).strip());
            }
        }
        if (!status.startsWith(expected) || length < 0 || in.readNBytes(length).length != length) {
            throw new IllegalStateException("expected " + expected + " over HTTP, got " + status);
        }
        return Integer.parseInt(expected.substring(9));
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

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
