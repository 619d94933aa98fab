package dev.multichat.internal;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.SessionView;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link SessionStore#view} through the core, on a backend without native views ({@code memory:}):
 * the session and the range, equal to find and read; empty for a missing session; arguments
 * checked like a read's.
 */
class SessionViewTest {
    @Test
    @DisplayName("a view is the session plus the range; empty for a missing or deleted session; null arguments refused")
    void viewIsFindPlusRead() {
        try (SessionStore store = SessionStores.open("memory:")) {
            SessionId id = store.create(NewSession.of("viewed", "owner")).id();
            for (int i = 0; i < 5; i++) {
                store.append(id, List.of(MessageDraft.of(Role.USER, "me", "message " + i)));
            }
            SessionView view = store.view(id, MessageRange.tail(2)).orElseThrow();
            assertThat(view.session()).isEqualTo(store.find(id).orElseThrow());
            assertThat(view.messages()).isEqualTo(store.tail(id, 2)).hasSize(2);
            assertThat(store.view(id, MessageRange.after(1, 2)).orElseThrow().messages())
                    .isEqualTo(store.read(id, MessageRange.after(1, 2)));
            assertThat(store.view(SessionId.of("missing"), MessageRange.tail(2))).isEmpty();
            assertThatThrownBy(() -> store.view(null, MessageRange.tail(2))).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("session id");
            assertThatThrownBy(() -> store.view(id, null)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("message range");
            store.delete(id);
            assertThat(store.view(id, MessageRange.tail(2))).isEmpty();
        }
    }
}
