package dev.multichat.hybrid.internal.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageRange;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The floors that keep an instance's tails from going backwards when a copy lags a write the
 * durable tier already answered with (TwoInstancesTest shows the race end to end).
 */
class TailFloorsTest {
    private static final SessionId ID = SessionId.of("s");
    private static final MessageRange TAIL = MessageRange.tail(2);

    private final TailFloors floors = new TailFloors();

    @Test
    void aCopysTailBelowTheDurableAnswerIsReadThroughAndOneAtOrAboveItLiftsTheFloor() {
        floors.answeredByDurable(ID, TAIL, messages(36, 37));
        assertThat(floors.check(ID, TAIL, found(35, 36))).isSameAs(Lookup.DURABLE);
        assertThat(floors.check(ID, TAIL, found(36, 37)).messages()).hasSize(2);
        assertThat(floors.size()).isZero();
        assertThat(floors.check(ID, TAIL, found(35, 36)).messages()).hasSize(2);
    }

    @Test
    void afterSeqReadsAndMissesPassUnchanged() {
        floors.answeredByDurable(ID, TAIL, messages(36, 37));
        Lookup page = found(10, 11);
        assertThat(floors.check(ID, MessageRange.after(9, 2), page)).isSameAs(page);
        assertThat(floors.check(ID, TAIL, Lookup.MISS)).isSameAs(Lookup.MISS);
        floors.answeredByDurable(ID, MessageRange.after(40, 2), messages(41, 42));
        assertThat(floors.check(ID, TAIL, found(36, 37)).messages()).hasSize(2);
    }

    @Test
    void anEmptyDurableTailClearsTheSessionsFloor() {
        floors.answeredByDurable(ID, TAIL, messages(36, 37));
        floors.answeredByDurable(ID, TAIL, List.of());
        assertThat(floors.size()).isZero();
        assertThat(floors.check(ID, TAIL, found(1, 2)).messages()).hasSize(2);
    }

    @Test
    void pastTheBoundEveryFloorIsDroppedAtOnce() {
        for (int i = 0; i < TailFloors.MAX_SESSIONS; i++) {
            floors.answeredByDurable(SessionId.of("s" + i), TAIL, messages(5, 6));
        }
        assertThat(floors.size()).isEqualTo(TailFloors.MAX_SESSIONS);
        floors.answeredByDurable(ID, TAIL, messages(36, 37));
        assertThat(floors.size()).isEqualTo(1);
        assertThat(floors.check(SessionId.of("s0"), TAIL, found(1, 2)).messages()).hasSize(2);
    }

    private static Lookup found(long first, long last) {
        return new Lookup(messages(first, last), false);
    }

    private static List<ChatMessage> messages(long first, long last) {
        return LongStream.rangeClosed(first, last)
                .mapToObj(seq -> new ChatMessage(seq, Instant.EPOCH, MessageDraft.of(Role.USER, "u", "m" + seq)))
                .toList();
    }
}
