package dev.multichat.springai.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.SessionStore;
import dev.multichat.springai.MultichatChatMemory;
import dev.multichat.springai.MultichatChatMemoryRepository;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.ai.chat.memory.ChatMemory;
import org.springframework.ai.chat.memory.ChatMemoryRepository;
import org.springframework.ai.chat.memory.InMemoryChatMemoryRepository;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.model.chat.memory.autoconfigure.ChatMemoryAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The auto-configuration in a real application context, next to Spring AI's own. */
class MultichatAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(MultichatAutoConfiguration.class, ChatMemoryAutoConfiguration.class));

    @TempDir
    Path dir;

    @Test
    void oneProperty_makesMultichatTheChatMemoryAndHistorySurvivesARestart() {
        String store = "multichat.store=sqlite:" + dir.resolve("chats.db");
        runner.withPropertyValues(store, "multichat.owner=support").run(context -> {
            assertThat(context).hasSingleBean(SessionStore.class);
            assertThat(context.getBean(ChatMemory.class)).isInstanceOf(MultichatChatMemory.class);
            assertThat(context.getBean(ChatMemoryRepository.class)).isInstanceOf(MultichatChatMemoryRepository.class);
            context.getBean(ChatMemory.class).add("c-1", List.of(new UserMessage("hi"), new AssistantMessage("hello")));
        });
        runner.withPropertyValues(store, "multichat.owner=support").run(context -> {
            assertThat(context.getBean(ChatMemory.class).get("c-1")).extracting(m -> m.getText())
                    .containsExactly("hi", "hello");
            assertThat(context.getBean(ChatMemoryRepository.class).findConversationIds()).containsExactly("c-1");
        });
    }

    @Test
    void withoutTheProperty_springAisOwnMemoryStays() {
        runner.run(context -> {
            assertThat(context).doesNotHaveBean(SessionStore.class);
            assertThat(context.getBean(ChatMemoryRepository.class)).isInstanceOf(InMemoryChatMemoryRepository.class);
        });
    }

    @Test
    void anApplicationsOwnRepositoryWins() {
        runner.withPropertyValues("multichat.store=memory:")
                .withBean(ChatMemoryRepository.class, InMemoryChatMemoryRepository::new).run(context -> {
                    assertThat(context.getBean(ChatMemoryRepository.class))
                            .isInstanceOf(InMemoryChatMemoryRepository.class);
                    assertThat(context.getBean(ChatMemory.class)).isInstanceOf(MultichatChatMemory.class);
                });
    }

    @Test
    void aBadStoreUriFailsStartupNamingIt() {
        runner.withPropertyValues("multichat.store=nosuch:x").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("nosuch");
        });
    }
}
