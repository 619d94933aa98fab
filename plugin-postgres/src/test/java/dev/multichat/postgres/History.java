package dev.multichat.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;

/**
 * Checks a session's stored history against an independent record of acknowledged appends
 * (plugin-tck's {@code Acknowledged} is package-private, so this module keeps its own).
 */
final class History {
    private History() {
    }

    /**
     * Asserts that the session holds exactly {@code acked}, each once, with seqs 1..n and no gap.
     *
     * @param acked every message the store acknowledged for the session, in any order
     */
    static void assertExactly(SessionStore store, SessionId id, Collection<ChatMessage> acked) {
        List<ChatMessage> expected = acked.stream().sorted(Comparator.comparingLong(ChatMessage::seq)).toList();
        List<ChatMessage> stored = store.read(id, MessageRange.all());
        assertThat(stored).extracting(ChatMessage::seq).as("stored seqs of %s", id)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, expected.size()).boxed().toList());
        assertThat(stored).as("stored messages of %s are exactly the acknowledged ones", id).isEqualTo(expected);
        assertThat(store.find(id).orElseThrow().lastSeq()).isEqualTo(expected.size());
    }

    /**
     * Asserts that every acknowledged message is stored once, at its acknowledged seq, and that
     * the seqs are 1..n without a gap (messages whose append failed may be stored too).
     */
    static void assertContainsAll(SessionStore store, SessionId id, Collection<ChatMessage> acked) {
        List<ChatMessage> stored = store.read(id, MessageRange.all());
        assertThat(stored).extracting(ChatMessage::seq).as("stored seqs of %s", id)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, stored.size()).boxed().toList());
        assertThat(stored).as("every acknowledged message of %s, at its seq", id).containsAll(acked);
        assertThat(stored.stream().map(m -> m.draft().id()).distinct().count()).as("no message id twice")
                .isEqualTo(stored.size());
    }
}
