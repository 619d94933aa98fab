package dev.multichat.internal.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionExistsException;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionNotFoundException;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionQuery;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import dev.multichat.api.Ttl;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MemoryExpiryTest {
    private static final SessionId ID = SessionId.of("t");
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final List<MessageDraft> ONE = List.of(MessageDraft.of(Role.USER, "u", "x"));
    private final ManualClock clock = new ManualClock();
    private final SessionStore store = SessionStores.open(StoreConfig.of("memory:").withClock(clock));

    @AfterEach
    void close() {
        store.close();
    }

    private void assertInvisible() {
        assertThat(store.find(ID)).isEmpty();
        assertThat(store.list(SessionQuery.first("o", 10)).items()).isEmpty();
        assertThatThrownBy(() -> store.append(ID, ONE)).isInstanceOf(SessionNotFoundException.class);
        assertThatThrownBy(() -> store.read(ID, MessageRange.all())).isInstanceOf(SessionNotFoundException.class);
        assertThatThrownBy(() -> store.trim(ID, 1)).isInstanceOf(SessionNotFoundException.class);
        assertThatThrownBy(() -> store.update(ID, SessionPatch.title("x"), Expect.any()))
                .isInstanceOf(SessionNotFoundException.class);
        assertThat(store.delete(ID)).isFalse();
    }

    @Test
    @DisplayName("an absolute TTL hides the session from every operation at the expiry instant, not before")
    void absolute() {
        ChatSession created = store.create(NewSession.of("t", "o").withTtl(Ttl.absolute(MINUTE)));
        assertThat(created.state().expiresAt()).isEqualTo(clock.instant().plus(MINUTE));
        clock.advance(MINUTE.minusMillis(1));
        store.append(ID, ONE);
        assertThat(store.find(ID).orElseThrow().state().expiresAt()).isEqualTo(created.state().expiresAt());
        clock.advance(Duration.ofMillis(1));
        assertInvisible();
    }

    @Test
    @DisplayName("a sliding TTL restarts on append, update and trim")
    void sliding() {
        store.create(NewSession.of("t", "o").withTtl(Ttl.sliding(MINUTE)));
        clock.advance(Duration.ofSeconds(50));
        store.append(ID, ONE);
        clock.advance(Duration.ofSeconds(50));
        store.update(ID, SessionPatch.title("still here"), Expect.any());
        clock.advance(Duration.ofSeconds(50));
        assertThat(store.trim(ID, 1)).isEqualTo(1);
        clock.advance(Duration.ofSeconds(59));
        assertThat(store.find(ID)).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertInvisible();
    }

    @Test
    @DisplayName("an update's TTL counts from the update; Ttl.NONE removes expiry")
    void updateTtl() {
        store.create(NewSession.of("t", "o").withTtl(Ttl.absolute(MINUTE)));
        clock.advance(Duration.ofSeconds(30));
        ChatSession updated = store.update(ID, SessionPatch.ttl(Ttl.absolute(MINUTE)), Expect.version(1));
        assertThat(updated.state().expiresAt()).isEqualTo(clock.instant().plus(MINUTE));
        assertThat(store.update(ID, SessionPatch.ttl(Ttl.NONE), Expect.any()).state().expiresAt()).isNull();
        clock.advance(Duration.ofDays(365));
        assertThat(store.find(ID)).isPresent();
    }

    @Test
    @DisplayName("creating over an expired session replaces it, its messages gone; over a live one fails")
    void recreateExpired() {
        store.create(NewSession.of("t", "o").withTtl(Ttl.absolute(MINUTE)));
        store.append(ID, ONE);
        assertThatThrownBy(() -> store.create(NewSession.of("t", "o"))).isInstanceOf(SessionExistsException.class);
        clock.advance(MINUTE);
        ChatSession fresh = store.create(NewSession.of("t", "o"));
        assertThat(fresh.version()).isEqualTo(1);
        assertThat(fresh.lastSeq()).isZero();
        assertThat(store.read(ID, MessageRange.all())).isEmpty();
    }

    @Test
    @DisplayName("delete removes a live session and its messages; the id can be created again")
    void deleteThenCreate() {
        store.create(NewSession.of("t", "o"));
        store.append(ID, ONE);
        assertThat(store.delete(ID)).isTrue();
        assertThat(store.delete(ID)).isFalse();
        assertInvisible();
        assertThat(store.create(NewSession.of("t", "o")).lastSeq()).isZero();
        assertThat(store.read(ID, MessageRange.all())).isEmpty();
    }

    @Test
    @DisplayName("expired sessions' data is swept by later creates")
    void sweep() {
        for (int i = 0; i < 10; i++) {
            store.create(NewSession.of("old" + i, "o").withTtl(Ttl.absolute(MINUTE)));
        }
        clock.advance(MINUTE);
        for (int i = 0; i < 256; i++) {
            store.create(NewSession.of("new" + i, "o"));
        }
        assertThat(store.health().details()).containsEntry("sessions", "256");
    }
}
