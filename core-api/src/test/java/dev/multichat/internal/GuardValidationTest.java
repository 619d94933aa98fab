package dev.multichat.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import dev.multichat.api.StoreLimits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GuardValidationTest {
    private static final SessionId ID = SessionId.of("s1");
    private final SessionStore store = SessionStores.open(StoreConfig.of("memory:")
            .withLimits(new StoreLimits(8, 2, 2, 3)));

    GuardValidationTest() {
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
    @DisplayName("content one UTF-8 byte over the limit is refused and nothing is written")
    void oversizedByOneByte() {
        assertThatThrownBy(() -> store.append(ID, List.of(text("ok"), text("\u20ac\u20ac\u20ac"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("drafts[1]").hasMessageContaining("9 UTF-8 bytes")
                .hasMessageContaining("more than 8");
        assertThat(store.read(ID, MessageRange.all())).isEmpty();
        assertThat(store.find(ID).orElseThrow().lastSeq()).isZero();
    }

    @Test
    @DisplayName("content of exactly the limit in UTF-8 bytes is accepted, multi-byte characters counted right")
    void exactlyAtLimit() {
        store.append(ID, List.of(text("\u20ac\u20acab"), text("\uD83D\uDE00\uD83D\uDE00"), text("12345678")));
        assertThat(store.read(ID, MessageRange.all())).hasSize(3);
    }

    @Test
    @DisplayName("an empty batch is refused as empty; a batch over maxBatch names the limit and how to raise it")
    void batchSize() {
        assertThatThrownBy(() -> store.append(ID, List.of())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("drafts is empty").message().doesNotContain("split");
        assertThatThrownBy(() -> store.append(ID, List.of(text("a"), text("b"), text("c"), text("d"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("holds 4 messages")
                .hasMessageContaining("more than 3").hasMessageContaining("StoreConfig.withLimits");
        assertThat(store.find(ID).orElseThrow().lastSeq()).isZero();
    }

    @Test
    @DisplayName("two drafts with one message id in a batch are refused naming the id")
    void duplicateIdsInBatch() {
        assertThatThrownBy(() -> store.append(ID, List.of(text("a").withId("m"), text("b"), text("c").withId("m"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("drafts[2]").hasMessageContaining("'m'");
        assertThat(store.read(ID, MessageRange.all())).isEmpty();
    }

    @Test
    @DisplayName("a null draft inside the batch is refused naming its index")
    void nullDraft() {
        List<MessageDraft> drafts = new ArrayList<>(Arrays.asList(text("a"), null));
        assertThatThrownBy(() -> store.append(ID, drafts)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("drafts[1] is null");
    }

    @Test
    @DisplayName("too many attributes or metadata entries are refused on append, create and update")
    void mapLimits() {
        Map<String, String> three = Map.of("a", "1", "b", "2", "c", "3");
        assertThatThrownBy(() -> store.append(ID, List.of(text("x").withAttributes(three))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("3 attributes");
        assertThatThrownBy(() -> store.create(NewSession.of("s2", "owner").withMetadata(three)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("metadata has 3");
        assertThatThrownBy(() -> store.update(ID, dev.multichat.api.SessionPatch.metadata(three),
                dev.multichat.api.Expect.any())).hasMessageContaining("metadata has 3");
        assertThat(store.find(SessionId.of("s2"))).isEmpty();
        assertThat(store.find(ID).orElseThrow().version()).isEqualTo(1);
    }
}
