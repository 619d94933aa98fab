package dev.multichat.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP proxy in front of a redis-server that, once armed, lets the next request
 * containing a given command through to the server and then drops that connection instead of
 * passing the reply on: the command ran on the server, the client never hears of it and sees
 * the connection closed (an orderly close, as when the server kills the client). Lettuce then
 * reconnects through the proxy and, depending on its settings, fails or re-sends what was in
 * flight. Closing the proxy closes every connection and thread.
 */
final class ReplyDroppingProxy implements AutoCloseable {
    private static final int BUFFER = 16 * 1024;
    private final ServerSocket server;
    private final int target;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "reply-dropping-proxy");
        t.setDaemon(true);
        return t;
    });
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final AtomicBoolean armed = new AtomicBoolean();
    private final AtomicInteger dropped = new AtomicInteger();
    private volatile String command = "";

    private ReplyDroppingProxy(ServerSocket server, int target) {
        this.server = server;
        this.target = target;
    }

    /** @return a proxy on a free loopback port, forwarding to the server's port */
    static ReplyDroppingProxy start(int target) throws IOException {
        ReplyDroppingProxy proxy = new ReplyDroppingProxy(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()),
                target);
        proxy.threads.execute(proxy::accept);
        return proxy;
    }

    int port() {
        return server.getLocalPort();
    }

    /** @param name the command (e.g. {@code EVALSHA}) whose reply is dropped, once */
    void dropNextReplyTo(String name) {
        command = name;
        armed.set(true);
    }

    /** @return how many replies were dropped (and their connections reset) so far */
    int dropped() {
        return dropped.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                sockets.add(client);
                sockets.add(upstream);
                AtomicBoolean dropReply = new AtomicBoolean();
                threads.execute(() -> requests(client, upstream, dropReply));
                threads.execute(() -> replies(upstream, client, dropReply));
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Client to server; marks the connection when the armed command goes through it. */
    private void requests(Socket client, Socket upstream, AtomicBoolean dropReply) {
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = client.getInputStream(); OutputStream out = upstream.getOutputStream()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                String text = new String(buffer, 0, n, StandardCharsets.US_ASCII);
                if (text.contains(command) && !command.isEmpty() && armed.compareAndSet(true, false)) {
                    dropReply.set(true);
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // the other direction closed the pair
        } finally {
            closeQuietly(client, upstream);
        }
    }

    /** Server to client; on a marked connection, swallows the reply and closes both sides. */
    private void replies(Socket upstream, Socket client, AtomicBoolean dropReply) {
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = upstream.getInputStream(); OutputStream out = client.getOutputStream()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (dropReply.get()) {
                    dropped.incrementAndGet();
                    return;
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // the other direction closed the pair
        } finally {
            closeQuietly(client, upstream);
        }
    }

    private static void closeQuietly(Socket... pair) {
        for (Socket socket : pair) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        closeQuietly(sockets.toArray(Socket[]::new));
        threads.shutdownNow();
    }
}
