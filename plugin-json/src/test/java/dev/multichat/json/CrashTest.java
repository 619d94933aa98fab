package dev.multichat.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at random moments of a child JVM appending with fsync=always. Rounds: system
 * property {@code crash.rounds} (100 in the normal build, 600 with {@code -Psoak}).
 */
class CrashTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("after kill -9 at any moment every acknowledged message is present and intact, seqs gapless")
    void killNine() throws Exception {
        int rounds = Integer.getInteger("crash.rounds", 100);
        Random random = new Random();
        long acked = 0;
        long last = 0;
        for (int round = 0; round < rounds; round++) {
            acked = Math.max(acked, killAfter(random.nextInt(16)));
            last = verify(acked, last);
        }
        assertThat(acked).as("the children acknowledged appends").isGreaterThan(rounds / 2);
    }

    /**
     * Runs a child, lets it acknowledge about {@code acks} appends, kills it, then reads what
     * it wrote to its ack file before it died. @return the last acknowledged seq
     */
    private long killAfter(int acks) throws IOException, InterruptedException {
        Path ackFile = dir.resolveSibling(dir.getFileName() + "-acks.txt");
        Files.deleteIfExists(ackFile);
        Process child = Children.start("crash", dir.toString(), "always", ackFile.toString());
        long acked = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            int seen = -1;
            for (String line = out.readLine(); line != null && seen < acks; line = out.readLine()) {
                acked = ackedSeq(line, acked);
                seen++;
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        if (Files.exists(ackFile)) {
            for (String line : Files.readAllLines(ackFile, StandardCharsets.UTF_8)) {
                acked = ackedSeq(line, acked);
            }
        }
        return acked;
    }

    private static long ackedSeq(String line, long acked) {
        return line.startsWith("acked ") ? Math.max(acked, Long.parseLong(line.substring(6))) : acked;
    }

    /** @return the last seq now stored */
    private long verify(long acked, long lastBefore) {
        try (SessionStore store = TestStores.open(dir, "")) {
            List<ChatMessage> all = store.read(ChildMain.CRASH, MessageRange.all());
            for (int i = 0; i < all.size(); i++) {
                ChatMessage m = all.get(i);
                assertThat(m.seq()).as("gapless seqs").isEqualTo(i + 1L);
                assertThat(m.content()).as("intact content of seq %d", m.seq()).isEqualTo(ChildMain.payload(m.seq()));
                assertThat(m.draft().id()).isEqualTo("m-" + m.seq());
            }
            long last = all.isEmpty() ? 0 : all.get(all.size() - 1).seq();
            assertThat(last).as("every acknowledged seq is stored").isGreaterThanOrEqualTo(acked);
            assertThat(last).as("at most the unacknowledged batch beyond").isLessThanOrEqualTo(Math.max(acked,
                    lastBefore) + 3);
            assertThat(store.find(ChildMain.CRASH).orElseThrow().lastSeq()).isEqualTo(last);
            return last;
        }
    }
}
