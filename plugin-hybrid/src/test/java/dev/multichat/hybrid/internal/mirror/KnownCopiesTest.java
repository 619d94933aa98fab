package dev.multichat.hybrid.internal.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionInfo;
import dev.multichat.api.SessionState;
import dev.multichat.api.Ttl;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * When a copy's remembered state may stand in for reading the copy: only for the write that
 * continues exactly that state (durable version and seq), in the same epoch, within half the
 * idle TTL of the write that left it (FastTierCallsTest counts the calls it saves end to end).
 */
class KnownCopiesTest {
    private static final SessionId ID = SessionId.of("s");
    private static final Instant T = Instant.parse("2026-12-01T00:00:00Z");
    private static final String EPOCH = "e1";

    private final KnownCopies known = new KnownCopies(Duration.ofMinutes(10));

    @Test
    void aWriteThatContinuesTheRememberedStateRecallsIt() {
        CopyState copy = copy(EPOCH, 7, 20);
        known.remember(copy, System.nanoTime());
        assertThat(known.recall(durable(8, 21), List.of(message(21)), EPOCH)).contains(copy);
        assertThat(known.recall(durable(8, 20), List.of(), EPOCH)).as("a patch").contains(copy);
    }

    @Test
    void anyOtherWriteOrEpochRecallsNothing() {
        known.remember(copy(EPOCH, 7, 20), System.nanoTime());
        assertThat(known.recall(durable(9, 21), List.of(message(21)), EPOCH)).as("a write came between").isEmpty();
        assertThat(known.recall(durable(8, 22), List.of(message(22)), EPOCH)).as("a gap").isEmpty();
        assertThat(known.recall(durable(8, 21), List.of(), EPOCH)).as("a patch after an append").isEmpty();
        assertThat(known.recall(durable(8, 21), List.of(message(21)), "e2")).as("another epoch").isEmpty();
        known.forget(ID);
        assertThat(known.recall(durable(8, 21), List.of(message(21)), EPOCH)).as("forgotten").isEmpty();
    }

    @Test
    void aStateOlderThanHalfTheIdleTtlIsNotUsedAndWithoutTtlItLasts() {
        long sixMinutesAgo = System.nanoTime() - Duration.ofMinutes(6).toNanos();
        known.remember(copy(EPOCH, 7, 20), sixMinutesAgo);
        assertThat(known.recall(durable(8, 21), List.of(message(21)), EPOCH)).isEmpty();
        KnownCopies forever = new KnownCopies(Duration.ZERO);
        forever.remember(copy(EPOCH, 7, 20), System.nanoTime() - Duration.ofDays(2).toNanos());
        assertThat(forever.recall(durable(8, 21), List.of(message(21)), EPOCH)).isPresent();
    }

    @Test
    void pastTheBoundTheMemoryStartsOver() {
        for (int i = 0; i < KnownCopies.MOST; i++) {
            known.remember(new CopyState(SessionId.of("s" + i), 3, 3, state(EPOCH, 7, 20)), System.nanoTime());
        }
        known.remember(copy(EPOCH, 7, 20), System.nanoTime());
        ChatSession other = new ChatSession(SessionId.of("s0"), info(), new SessionState(T, T, null, 8, 21));
        assertThat(known.recall(other, List.of(message(21)), EPOCH)).isEmpty();
        assertThat(known.recall(durable(8, 21), List.of(message(21)), EPOCH)).isPresent();
    }

    private static CopyState copy(String epoch, long durableVersion, long last) {
        return new CopyState(ID, 40, last - 5, state(epoch, durableVersion, last));
    }

    private static MirrorState state(String epoch, long durableVersion, long last) {
        return new MirrorState(epoch, durableVersion, null, new Window(last - 9, last, 5, false));
    }

    private static ChatSession durable(long version, long lastSeq) {
        return new ChatSession(ID, info(), new SessionState(T, T, null, version, lastSeq));
    }

    private static SessionInfo info() {
        return new SessionInfo("owner", "", Map.of(), Ttl.NONE);
    }

    private static ChatMessage message(long seq) {
        return new ChatMessage(seq, T, MessageDraft.of(Role.USER, "me", "m" + seq));
    }
}
