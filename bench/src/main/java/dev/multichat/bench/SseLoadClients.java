package dev.multichat.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * The client side of {@link SseLoad}, in its own JVM: opens the SSE connections (HTTP/1.0, so
 * the body is the plain event stream), reads them all on one selector thread, and either
 * appends and times the fan-out ({@code fanout}) or holds them idle ({@code idle}) and reports
 * how many stayed open and got keep-alives. Prints its results on standard output.
 */
public final class SseLoadClients {

    private static final long DEADLINE_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final SseReceipts receipts;
    private final SocketChannel[] channels;
    private final Selector selector;

    private SseLoadClients(int clients, int appends) throws IOException {
        this.receipts = new SseReceipts(clients, appends);
        this.channels = new SocketChannel[clients];
        this.selector = Selector.open();
    }

    /**
     * Runs the clients.
     *
     * @param args mode ({@code fanout} or {@code idle}), port, clients, appends or hold seconds
     * @throws Exception when the run fails
     */
    public static void main(String[] args) throws Exception {
        boolean idle = "idle".equals(args[0]);
        int port = Integer.parseInt(args[1]);
        int clients = Integer.parseInt(args[2]);
        int extra = Integer.parseInt(args[3]);
        SseLoadClients load = new SseLoadClients(clients, idle ? 0 : extra);
        long start = System.nanoTime();
        load.connect(port);
        Thread reader = new Thread(load::readAll, "sse-load-selector");
        reader.setDaemon(true);
        reader.start();
        load.receipts.await(0, DEADLINE_NANOS);
        System.out.printf("clients: %,d streams open in %,d ms%n", clients,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        if (idle) {
            System.out.println("HOLDING " + clients);
            System.out.flush();
            TimeUnit.SECONDS.sleep(extra);
            System.out.printf("clients: after %d s, %,d of %,d streams still open, %,d got a keep-alive%n", extra,
                    clients - load.receipts.lostCount(), clients, load.receipts.keptAlive());
        } else {
            load.fanout(port, extra);
        }
        System.out.flush();
        System.exit(0);
    }

    /** Opens every connection (blocking connect and request), then hands it to the selector. */
    private void connect(int port) throws IOException {
        byte[] request = ("GET /v1/sessions/" + SseLoad.SESSION + "/messages/stream HTTP/1.0\r\nHost: bench\r\n"
                + "Accept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < channels.length; i++) {
            SocketChannel channel = SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
            channel.write(ByteBuffer.wrap(request));
            channel.configureBlocking(false);
            channel.register(selector, SelectionKey.OP_READ, i);
            channels[i] = channel;
        }
    }

    private void readAll() {
        ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024);
        byte[] bytes = new byte[buffer.capacity()];
        try {
            while (selector.isOpen()) {
                selector.select();
                for (SelectionKey key : selector.selectedKeys()) {
                    buffer.clear();
                    int n = ((SocketChannel) key.channel()).read(buffer);
                    if (n < 0) {
                        key.cancel();
                        receipts.lost();
                    } else {
                        buffer.flip().get(bytes, 0, n);
                        receipts.read((Integer) key.attachment(), bytes, n, System.nanoTime());
                    }
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException e) {
            throw new IllegalStateException("the selector failed", e);
        }
    }

    /**
     * Appends one message at a time; after each, waits until every client has it. The first tenth
     * of the appends are warm-up (the feed's delivery threads start), not counted.
     */
    private void fanout(int port, int appends) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/sessions/"
                + SseLoad.SESSION + "/messages")).header("Content-Type", "application/json");
        long[] acks = new long[appends + 1];
        long[] sends = new long[appends + 1];
        for (int seq = 1; seq <= appends; seq++) {
            String body = "{\"messages\":[{\"author\":\"bench\",\"role\":\"user\",\"content\":\"" + "x".repeat(200)
                    + "\"}]}";
            sends[seq] = System.nanoTime();
            HttpResponse<String> answer = http.send(post.POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            acks[seq] = System.nanoTime();
            if (answer.statusCode() != 201) {
                throw new IllegalStateException("append " + seq + " answered " + answer.statusCode());
            }
            receipts.await(seq, DEADLINE_NANOS);
        }
        int from = appends / 10 + 1;
        report("append-ack -> receipt", receipts.latencies(acks, from));
        report("append-sent -> receipt", receipts.latencies(sends, from));
    }

    private static void report(String what, long[] nanos) {
        Arrays.sort(nanos);
        System.out.printf("clients: %s over %,d deliveries (after warm-up): p50 %.2f ms, p99 %.2f ms,"
                + " max %.2f ms%n", what, nanos.length, nanos[nanos.length / 2] / 1e6,
                nanos[(int) (nanos.length * 0.99)] / 1e6, nanos[nanos.length - 1] / 1e6);
    }
}
