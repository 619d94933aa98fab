package dev.multichat.springai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.adapter.testing.Stores;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.ai.chat.memory.ChatMemory;
import org.springframework.ai.chat.memory.MessageWindowChatMemory;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;

/**
 * Spring AI's own MessageWindowChatMemory driving the repository over a real SQLite file, and for
 * the 1,000 turns over a real Redis server too.
 */
class WindowChatMemoryTest {

    private static final int TURNS = 1000;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Stores.class)
    void aThousandTurnsKeepEveryMessageAndReloadIdentically(Stores backend) {
        List<Message> sent = new ArrayList<>();
        try (SessionStore store = backend.open(dir)) {
            ChatMemory memory = window(new MultichatChatMemoryRepository(store));
            sent.add(new SystemMessage("Be brief."));
            memory.add("long", sent.get(0));
            for (int turn = 0; turn < TURNS; turn++) {
                Message user = new UserMessage("question " + turn);
                Message reply = new AssistantMessage("answer " + turn);
                memory.add("long", user);
                memory.add("long", reply);
                sent.add(user);
                sent.add(reply);
            }
            assertThat(memory.get("long")).hasSize(MultichatChatMemoryRepository.DEFAULT_WINDOW + 1)
                    .first().isInstanceOf(SystemMessage.class);
        }
        try (SessionStore reopened = backend.open(dir)) {
            List<ChatMessage> stored = reopened.read(SessionId.of("long"), MessageRange.all());
            assertThat(stored).hasSize(2 * TURNS + 1);
            List<Message> reloaded = stored.stream().map(new SpringAiCodec()::decode).toList();
            SameMessage.assertSame(reloaded, sent);
        }
    }

    @Test
    void saveAllOfAShorterWindowDeletesNothingAndAppendsOnlyTheNewMessage() {
        try (SessionStore store = Stores.sqlite(dir)) {
            MultichatChatMemoryRepository repository = new MultichatChatMemoryRepository(store, "spring-ai", 3);
            repository.saveAll("c", List.of(new UserMessage("a"), new AssistantMessage("b"), new UserMessage("c")));
            List<Message> window = new ArrayList<>(repository.findByConversationId("c"));
            window.remove(0);
            window.add(new AssistantMessage("d"));
            repository.saveAll("c", window);
            repository.saveAll("c", List.of());
            assertThat(store.read(SessionId.of("c"), MessageRange.all())).extracting(ChatMessage::content)
                    .containsExactly("a", "b", "c", "d");
        }
    }

    @Test
    void equalMessagesAreStillTwoMessagesAndARepeatedSaveStoresNothingTwice() {
        try (SessionStore store = Stores.sqlite(dir)) {
            MultichatChatMemoryRepository repository = new MultichatChatMemoryRepository(store);
            Message ok = new UserMessage("ok");
            Message sameText = new UserMessage("ok");
            repository.saveAll("c", List.of(ok, sameText, ok));
            repository.saveAll("c", List.of(ok, sameText));
            assertThat(store.read(SessionId.of("c"), MessageRange.all())).hasSize(2);
        }
    }

    @Test
    void findConversationIdsListsEveryConversationOfTheOwnerIncludingOddIds() {
        try (SessionStore store = Stores.sqlite(dir)) {
            MultichatChatMemoryRepository repository = new MultichatChatMemoryRepository(store);
            List<String> ids = List.of("plain-1", "user 7 / web", "Zoë", "x".repeat(300));
            ids.forEach(id -> repository.saveAll(id, List.of(new UserMessage("hi"))));
            new MultichatChatMemoryRepository(store, "another-app", 20)
                    .saveAll("theirs", List.of(new UserMessage("x")));
            assertThat(repository.findConversationIds()).containsExactlyInAnyOrderElementsOf(ids);
            repository.deleteByConversationId("user 7 / web");
            assertThat(repository.findConversationIds()).doesNotContain("user 7 / web").hasSize(3);
            assertThat(repository.findByConversationId("user 7 / web")).isEmpty();
        }
    }

    private static ChatMemory window(MultichatChatMemoryRepository repository) {
        return MessageWindowChatMemory.builder().chatMemoryRepository(repository)
                .maxMessages(MultichatChatMemoryRepository.DEFAULT_WINDOW).build();
    }
}
