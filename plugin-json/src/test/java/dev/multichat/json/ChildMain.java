package dev.multichat.json;

import dev.multichat.api.Appended;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreException;
import dev.multichat.api.SessionStores;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The child JVM of the crash and two-process tests. {@code crash <dir> <fsync> <ackFile>} appends
 * batches of 1 to 3 messages to session "crash" for ever, printing {@code acked <lastSeq>}
 * (flushed) after each append returns, to stdout and appended to {@code <ackFile>} (a plain
 * write lands in the page cache, so the parent reads every ack after the kill); {@code race <dir> <name> <count>}
 * appends {@code count}
 * messages with ids {@code <name>-<i>}, round robin over sessions r0, r1, r2, then exits;
 * {@code fill <dir>} appends until the disk (a file-size limit) refuses, and reports.
 */
final class ChildMain {
    static final SessionId CRASH = SessionId.of("crash");

    private ChildMain() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if ("crash".equals(args[0])) {
            try (FileOutputStream acks = new FileOutputStream(args[3], true)) {
                crash(args[1], args[2], new PrintStream(new TeeStream(out, acks), true, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else if ("fill".equals(args[0])) {
            fill(args[1], out);
        } else {
            race(args[1], args[2], Integer.parseInt(args[3]), out);
        }
    }

    /** @return the content every crash-test message with this seq carries */
    static String payload(long seq) {
        int size = (int) (seq % 10 == 7 ? seq * 104_729 % 65_536 : seq % 300);
        return "payload-" + seq + "-" + "x".repeat(size);
    }

    private static void crash(String dir, String fsync, PrintStream out) {
        Random random = new Random();
        try (SessionStore store = SessionStores.open("json:" + dir + "?sweep=off&fsync=" + fsync)) {
            if (store.find(CRASH).isEmpty()) {
                store.create(NewSession.of(CRASH.value(), "crash-test"));
            }
            out.println("ready");
            while (true) {
                long last = store.find(CRASH).orElseThrow().lastSeq();
                List<MessageDraft> batch = new ArrayList<>();
                for (int i = 1; i <= 1 + random.nextInt(3); i++) {
                    batch.add(MessageDraft.of(Role.USER, "child", payload(last + i)).withId("m-" + (last + i)));
                }
                Appended done = store.append(CRASH, batch);
                out.println("acked " + done.session().lastSeq());
            }
        }
    }

    /** Appends 1 KiB messages to session "full" until an append fails, then tries once more. */
    private static void fill(String dir, PrintStream out) {
        SessionId id = SessionId.of("full");
        try (SessionStore store = SessionStores.open("json:" + dir + "?sweep=off")) {
            store.create(NewSession.of(id.value(), "disk"));
            try {
                for (long seq = 1; seq < 10_000; seq++) {
                    store.append(id, List.of(MessageDraft.of(Role.USER, "child", payload(seq) + "y".repeat(1024))
                            .withId("f-" + seq)));
                    out.println("acked " + seq);
                }
            } catch (StoreException e) {
                out.println("error " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            try {
                store.append(id, List.of(MessageDraft.of(Role.USER, "child", "again")));
                out.println("again stored");
            } catch (StoreException e) {
                out.println("again " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }

    private static void race(String dir, String name, int count, PrintStream out) {
        try (SessionStore store = SessionStores.open("json:" + dir + "?sweep=off&fsync=batch")) {
            for (int i = 0; i < count; i++) {
                SessionId id = SessionId.of("r" + i % 3);
                store.append(id, List.of(MessageDraft.of(Role.USER, name, "from " + name + " #" + i)
                        .withId(name + "-" + i)));
            }
            out.println("done " + count);
        }
    }

    /** Writes to two streams; a write to the second is one write call, unbuffered. */
    private static final class TeeStream extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        TeeStream(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            second.write(b, off, len);
            first.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            first.flush();
        }
    }
}
