package dev.multichat.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two JVMs append to the same sessions of one file at once: nothing lost, nothing duplicated. */
class TwoProcessTest {
    private static final int PER_CHILD = 300;
    private static final List<String> SESSIONS = List.of("shared-a", "shared-b", "shared-c");

    @TempDir
    Path dir;

    @Test
    void twoProcessesAppendingToTheSameSessionsLoseAndDuplicateNothing() throws Exception {
        Path file = dir.resolve("shared.db");
        Map<String, List<String>> acked = new HashMap<>();
        SESSIONS.forEach(s -> acked.put(s, new ArrayList<>()));
        String uri = "sqlite:" + file + "?synchronous=full";
        try (Child one = new Child(uri, "one", PER_CHILD, SESSIONS, dir.resolve("one.log"));
             Child two = new Child(uri, "two", PER_CHILD, SESSIONS, dir.resolve("two.log"))) {
            one.awaitReady();
            two.awaitReady();
            one.go();
            two.go();
            collect(one, acked);
            collect(two, acked);
            assertThat(one.awaitExit()).isZero();
            assertThat(two.awaitExit()).isZero();
        }
        try (SessionStore store = Stores.open(file)) {
            for (String session : SESSIONS) {
                List<ChatMessage> all = store.read(SessionId.of(session), MessageRange.all());
                assertThat(all).extracting(ChatMessage::seq).containsExactlyElementsOf(
                        LongStream.rangeClosed(1, acked.get(session).size()).boxed().toList());
                assertThat(all).extracting(m -> m.draft().id())
                        .containsExactlyInAnyOrderElementsOf(acked.get(session));
            }
        }
        assertThat(acked.values().stream().mapToInt(List::size).sum()).isEqualTo(2 * PER_CHILD);
    }

    private static void collect(Child child, Map<String, List<String>> acked) throws Exception {
        for (String line = child.nextLine(); !"DONE".equals(line); line = child.nextLine()) {
            assertThat(line).startsWith("ACK ");
            String[] ack = line.split(" ");
            acked.get(ack[1]).add(ack[3]);
        }
    }
}
