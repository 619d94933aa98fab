package dev.multichat.app.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Bytes written to the server as they are, for requests an HTTP client library would not send
 * (pipelined, chunked by hand, a NUL in the path): one connection, everything written at once,
 * everything read until the server closes it (so the last request should say
 * {@code Connection: close}). Stateless.
 */
final class RawHttp {

    private RawHttp() {
    }

    /**
     * Sends requests and reads the answers.
     *
     * @param port the server's loopback port
     * @param requests the raw requests, UTF-8
     * @return the raw answers
     * @throws IOException when the connection fails
     */
    static String exchange(int port, String requests) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(requests.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
