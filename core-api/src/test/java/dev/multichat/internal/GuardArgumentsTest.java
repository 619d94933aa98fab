package dev.multichat.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.Expect;
import dev.multichat.api.InvalidInputException;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GuardArgumentsTest {
    private static final SessionId ID = SessionId.of("s1");
    private final SessionStore store = SessionStores.open("memory:");

    @BeforeEach
    void create() {
        store.create(NewSession.of(ID.value(), "owner"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static MessageDraft text(String content) {
        return MessageDraft.of(Role.USER, "u", content);
    }

    @Test
    @DisplayName("every null argument is refused naming the parameter")
    void nullArguments() {
        assertThatThrownBy(() -> store.create(null)).hasMessageContaining("new session spec");
        assertThatThrownBy(() -> store.find(null)).hasMessageContaining("session id");
        assertThatThrownBy(() -> store.list(null)).hasMessageContaining("session query");
        assertThatThrownBy(() -> store.append(null, List.of(text("a")))).hasMessageContaining("session id");
        assertThatThrownBy(() -> store.append(ID, null)).hasMessageContaining("drafts");
        assertThatThrownBy(() -> store.append(ID, List.of(text("a")), null)).hasMessageContaining("expect");
        assertThatThrownBy(() -> store.read(ID, null)).hasMessageContaining("message range");
        assertThatThrownBy(() -> store.update(ID, null, Expect.any()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("session patch");
        assertThatThrownBy(() -> store.delete(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("a negative trim bound is refused")
    void negativeTrim() {
        assertThatThrownBy(() -> store.trim(ID, -1)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("throughSeq");
    }

    @Test
    @DisplayName("a caller's list changed after append returns does not change what was stored")
    void batchCopied() {
        List<MessageDraft> drafts = new ArrayList<>(List.of(text("a")));
        store.append(ID, drafts);
        drafts.set(0, text("b"));
        assertThat(store.read(ID, MessageRange.all()).get(0).content()).isEqualTo("a");
    }
}
