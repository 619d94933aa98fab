package dev.multichat.tck.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;

/**
 * Public test helper: checks a session's history against an independent record of what the
 * store acknowledged (what each worker's appends returned).
 */
public final class Acknowledged {
    private Acknowledged() {
    }

    /**
     * Asserts that the session holds exactly the acknowledged messages, each once, with seqs
     * 1..n without gaps, and that each worker's messages got increasing seqs in the order it
     * appended them.
     *
     * @param store the store to read
     * @param id the session
     * @param perWorker the messages each worker's appends returned, in the order it appended
     */
    public static void assertExactHistory(SessionStore store, SessionId id, List<List<ChatMessage>> perWorker) {
        List<ChatMessage> acked = perWorker.stream().flatMap(List::stream)
                .sorted(Comparator.comparingLong(ChatMessage::seq)).toList();
        List<ChatMessage> stored = store.read(id, MessageRange.all());
        assertThat(seqs(stored)).as("stored seqs of %s", id)
                .isEqualTo(LongStream.rangeClosed(1, acked.size()).boxed().toList());
        assertThat(stored).as("stored messages of %s are exactly the acknowledged ones", id).isEqualTo(acked);
        assertThat(store.find(id).orElseThrow().lastSeq()).isEqualTo(acked.size());
        for (List<ChatMessage> worker : perWorker) {
            assertThat(seqs(worker)).as("a worker's own messages keep its order").isSorted()
                    .doesNotHaveDuplicates();
        }
    }

    private static List<Long> seqs(List<ChatMessage> messages) {
        return messages.stream().map(ChatMessage::seq).toList();
    }
}
