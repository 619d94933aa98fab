package dev.multichat.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import dev.multichat.api.StoreLimits;
import dev.multichat.redis.testing.RedisServerExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A batch larger than what one Lua {@code unpack} takes (about 8,000 values), allowed by a raised
 * {@code maxBatch}: the append script pushes it in slices, a replay returns it whole, a trim
 * forgets the ids of thousands of messages in slices (a trimmed id appends anew, a kept one
 * replays), and every read is still exact.
 */
class LargeBatchTest {
    @RegisterExtension
    static final RedisServerExtension REDIS = RedisServerExtension.single("--save", "");

    private static final int N = 9_000;

    @Test
    @DisplayName("a 9,000-message batch is stored, replayed, read and trimmed exactly")
    void nineThousandInOneBatch() {
        StoreConfig config = StoreConfig.of(REDIS.uri() + "?prefix=big")
                .withLimits(new StoreLimits(1 << 20, 64, 64, N));
        try (SessionStore store = SessionStores.open(config)) {
            SessionId id = store.create(NewSession.of("big", "o")).id();
            List<MessageDraft> batch = new ArrayList<>(N);
            for (int i = 1; i <= N; i++) {
                batch.add(MessageDraft.of(Role.USER, "u", "m" + i).withId("id" + i));
            }
            assertThat(store.append(id, batch).messages()).hasSize(N);
            Appended again = store.append(id, batch);
            assertThat(again.replayed()).isTrue();
            assertThat(again.messages()).extracting(ChatMessage::seq).first().isEqualTo(1L);
            assertThat(again.messages()).hasSize(N).last().extracting(m -> m.draft().content()).isEqualTo("m" + N);
            assertThat(store.tail(id, 20)).extracting(ChatMessage::seq).first().isEqualTo((long) N - 19);
            assertThat(store.read(id, MessageRange.all())).hasSize(N);
            assertThat(store.trim(id, N - 100)).isEqualTo(N - 100);
            List<ChatMessage> left = store.read(id, MessageRange.all());
            assertThat(left).hasSize(100).first().extracting(ChatMessage::seq).isEqualTo((long) N - 99);
            assertThat(store.read(id, MessageRange.after(N - 50, 10))).extracting(ChatMessage::seq)
                    .first().isEqualTo((long) N - 49);
            Appended kept = store.append(id, List.of(batch.get(N - 1)));
            assertThat(kept.replayed()).as("a kept message's id is remembered").isTrue();
            Appended forgotten = store.append(id, List.of(batch.get(0)));
            assertThat(forgotten.replayed()).as("a trimmed message's id is forgotten").isFalse();
            assertThat(forgotten.messages()).extracting(ChatMessage::seq).containsExactly((long) N + 1);
        }
    }
}
