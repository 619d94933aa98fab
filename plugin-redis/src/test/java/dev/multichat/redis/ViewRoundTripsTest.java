package dev.multichat.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionView;
import dev.multichat.redis.testing.RedisProcess;
import dev.multichat.redis.testing.RedisServerExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code SessionStore.view} on Redis: the session and a range of its messages, equal to what
 * {@code find} and {@code read} return, in one round trip: a tail is {@code HGETALL} and
 * {@code LRANGE} sent back to back (no script), any other range one command (the read script
 * answering the session hash too); counted with {@link CommandCounter}, after one view loads the
 * script. A plain tail read is {@code HMGET} and {@code LRANGE}.
 */
class ViewRoundTripsTest {
    @RegisterExtension
    static final RedisServerExtension REDIS = RedisServerExtension.single("--save", "");

    @Test
    @DisplayName("a view equals find plus read, for tail (HGETALL + LRANGE), after and all (one EVALSHA each);"
            + " none for a missing session")
    void oneCommandPerView() {
        RedisProcess server = REDIS.setup();
        try (CommandCounter commands = new CommandCounter();
                SessionStore store = commands.open(server, "prefix=views")) {
            SessionId id = store.create(NewSession.of("viewed", "owner")).id();
            for (int i = 0; i < 30; i++) {
                store.append(id, List.of(MessageDraft.of(Role.USER, "me", "message " + i)));
            }
            store.view(id, MessageRange.after(0, 1));
            List<List<String>> perView = new ArrayList<>();
            for (MessageRange range : List.of(MessageRange.tail(5), MessageRange.after(10, 3), MessageRange.all())) {
                commands.clear();
                SessionView view = store.view(id, range).orElseThrow();
                perView.add(commands.sent());
                assertThat(view.session()).isEqualTo(store.find(id).orElseThrow());
                List<ChatMessage> read = store.read(id, range);
                assertThat(view.messages()).isEqualTo(read).isNotEmpty();
            }
            assertThat(perView).containsExactly(List.of("HGETALL", "LRANGE"), List.of("EVALSHA"), List.of("EVALSHA"));
            commands.clear();
            assertThat(store.tail(id, 20)).hasSize(20);
            assertThat(commands.sent()).containsExactly("HMGET", "LRANGE");
            assertThat(store.view(SessionId.of("missing"), MessageRange.tail(5))).isEmpty();
            store.delete(id);
            assertThat(store.view(id, MessageRange.tail(5))).isEmpty();
        }
    }
}
