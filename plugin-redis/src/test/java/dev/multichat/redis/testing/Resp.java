package dev.multichat.redis.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal blocking RESP2 client for the test set-ups' admin commands (CLUSTER MEET, INFO,
 * SENTINEL...), independent of the client under test. Not thread-safe; one command at a time.
 */
public final class Resp implements AutoCloseable {
    private static final int TIMEOUT_MILLIS = 5_000;
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    /**
     * @param port a server on 127.0.0.1
     * @throws IOException if it does not accept the connection
     */
    public Resp(int port) throws IOException {
        socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
        socket.setSoTimeout(TIMEOUT_MILLIS);
        in = new BufferedInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    /**
     * @param port a server on 127.0.0.1
     * @param args the command and its arguments
     * @return the reply: a String, Long, List or null
     * @throws IOException on a connection failure or an error reply (its text as the message)
     */
    public static Object once(int port, String... args) throws IOException {
        try (Resp resp = new Resp(port)) {
            return resp.call(args);
        }
    }

    /**
     * @param args the command and its arguments
     * @return the reply: a String, Long, List or null
     * @throws IOException on a connection failure or an error reply
     */
    public Object call(String... args) throws IOException {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(("*" + args.length + "\r\n").getBytes(StandardCharsets.UTF_8));
        for (String arg : args) {
            byte[] bytes = arg.getBytes(StandardCharsets.UTF_8);
            request.writeBytes(("$" + bytes.length + "\r\n").getBytes(StandardCharsets.UTF_8));
            request.writeBytes(bytes);
            request.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.write(request.toByteArray());
        out.flush();
        return read();
    }

    private Object read() throws IOException {
        int type = in.read();
        String line = line();
        switch (type) {
            case '+':
                return line;
            case '-':
                throw new IOException(line);
            case ':':
                return Long.parseLong(line);
            case '$':
                return bulk(Integer.parseInt(line));
            case '*':
                return array(Integer.parseInt(line));
            default:
                throw new IOException("unexpected RESP type " + type + " (connection closed?)");
        }
    }

    private String bulk(int length) throws IOException {
        if (length < 0) {
            return null;
        }
        byte[] bytes = in.readNBytes(length + 2);
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    private List<Object> array(int count) throws IOException {
        if (count < 0) {
            return null;
        }
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(read());
        }
        return items;
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\r'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed");
            }
            line.write(b);
        }
        in.read();
        return line.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
