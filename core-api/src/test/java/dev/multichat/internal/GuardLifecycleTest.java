package dev.multichat.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionQuery;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreClosedException;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GuardLifecycleTest {
    private static final SessionId ID = SessionId.of("s1");
    private static final List<MessageDraft> ONE = List.of(MessageDraft.of(Role.USER, "u", "hi"));

    @Test
    @DisplayName("every operation after close fails with StoreClosedException naming the store URI")
    void useAfterClose() {
        SessionStore store = SessionStores.open("memory:closing");
        store.create(NewSession.of("s1", "o"));
        store.close();
        List<ThrowingCallable> calls = List.of(() -> store.create(NewSession.of("s2", "o")),
                () -> store.find(ID), () -> store.list(SessionQuery.first("o", 5)),
                () -> store.append(ID, ONE), () -> store.tail(ID, 5), () -> store.trim(ID, 1),
                () -> store.update(ID, dev.multichat.api.SessionPatch.title("t"), dev.multichat.api.Expect.any()),
                () -> store.delete(ID), store::health);
        for (ThrowingCallable call : calls) {
            assertThatThrownBy(call).isInstanceOf(StoreClosedException.class)
                    .hasMessageContaining("memory:closing").hasMessageContaining("SessionStores.open");
        }
    }

    @Test
    @DisplayName("close is idempotent and the store's name is its URI")
    void closeIdempotent() {
        SessionStore store = SessionStores.open("memory:named");
        assertThat(store.toString()).contains("memory:named");
        store.close();
        store.close();
        assertThatThrownBy(() -> store.find(ID)).isInstanceOf(StoreClosedException.class);
    }
}
