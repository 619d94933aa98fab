package dev.multichat.adapter.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.adapter.testing.Stores;
import dev.multichat.api.InvalidInputException;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.Role;
import dev.multichat.api.SessionStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConversationIdsTest {

    private static final List<String> ODD_IDS = List.of("user 42/support", ".hidden", "mc:b:looks-encoded",
            "Émilie's chat ✓", "a".repeat(129), "x".repeat(5000), "tab\there", "mc:");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"support-42", "a.b_c:d-e", "A"})
    void validSessionIdsAreUsedAsTheyAre(String id) {
        assertThat(ConversationIds.sessionOf(id).value()).isEqualTo(id);
    }

    @Test
    void everyOtherIdMapsToAValidSessionIdAndBackThroughARealStore() {
        try (SessionStore store = Stores.sqlite(dir)) {
            ConversationLog log = new ConversationLog(store, "owner-1");
            for (String id : ODD_IDS) {
                log.append(id, List.of(MessageDraft.of(Role.USER, "user", "hello " + id.length())));
            }
            assertThat(log.conversationIds()).containsExactlyInAnyOrderElementsOf(ODD_IDS);
            assertThat(ODD_IDS.stream().map(ConversationIds::sessionOf).distinct()).hasSize(ODD_IDS.size());
            for (String id : ODD_IDS) {
                assertThat(log.read(id, dev.multichat.api.MessageRange.all()))
                        .singleElement().satisfies(m -> assertThat(m.content()).isEqualTo("hello " + id.length()));
            }
        }
    }

    @Test
    void anEmptyOrNullIdIsRefusedWithTheRule() {
        assertThatThrownBy(() -> ConversationIds.sessionOf("")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> ConversationIds.sessionOf(null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("null");
    }

    @Test
    void listingPagesPastOnePage() {
        try (SessionStore store = Stores.sqlite(dir)) {
            ConversationLog log = new ConversationLog(store, "many");
            for (int i = 0; i < 1203; i++) {
                log.append("c" + i, List.of(MessageDraft.of(Role.USER, "user", "hi")));
            }
            new ConversationLog(store, "someone-else").append("other", List.of(MessageDraft.of(Role.USER, "u", "x")));
            assertThat(log.conversationIds()).hasSize(1203).doesNotHaveDuplicates().doesNotContain("other");
        }
    }
}
