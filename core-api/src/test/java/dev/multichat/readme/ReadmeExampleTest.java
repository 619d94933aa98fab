package dev.multichat.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Runs the usage example of the root README, and checks the README still shows these lines. */
class ReadmeExampleTest {
    private static final Path SOURCE = Path.of("src/test/java/dev/multichat/api/ReadmeExampleTest.java");
    private static final Path README = Path.of("../README.md");

    @Test
    @DisplayName("the README's usage example compiles and behaves as its comments say")
    void readmeExample() {
        try (SessionStore store = SessionStores.open("memory:")) {
            ChatSession chat = store.create(NewSession.of("support-42", "alice").withTitle("Refund"));
            List<MessageDraft> turn = List.of(
                    MessageDraft.of(Role.USER, "alice", "Where is my refund?").withId("m-1"),
                    MessageDraft.of(Role.ASSISTANT, "agent-4", "It left today.").withId("m-2"));
            Appended first = store.append(chat.id(), turn, Expect.version(chat.version())); // seqs 1, 2
            Appended retry = store.append(chat.id(), turn);  // a retry after a timeout: no duplicates
            List<ChatMessage> recent = store.tail(chat.id(), 20);  // the newest 20, oldest first
            Page<ChatSession> mine = store.list(SessionQuery.first("alice", 10)); // newest first
            assertThat(first.messages()).extracting(ChatMessage::seq).containsExactly(1L, 2L);
            assertThat(retry.replayed()).isTrue();
            assertThat(retry.messages()).isEqualTo(first.messages());
            assertThat(recent).extracting(ChatMessage::content)
                    .containsExactly("Where is my refund?", "It left today.");
            assertThat(mine.items()).extracting(s -> s.id().value()).containsExactly("support-42");
        }
    }

    @Test
    @DisplayName("every line of the README's usage block appears, in order, in the test above")
    void readmeShowsTheTestedExample() throws IOException {
        List<String> source = Files.readAllLines(SOURCE).stream().map(String::strip)
                .collect(Collectors.toList());
        List<String> block = usageBlock(Files.readString(README));
        assertThat(block).hasSizeGreaterThan(5);
        int from = 0;
        for (String line : block) {
            int at = source.subList(from, source.size()).indexOf(line);
            assertThat(at).as("README line not found in order in the test: %s", line).isNotNegative();
            from += at + 1;
        }
    }

    private static List<String> usageBlock(String readme) {
        String usage = readme.substring(readme.indexOf("## Usage"));
        String code = usage.substring(usage.indexOf("```java") + "```java".length(), usage.indexOf("```\n",
                usage.indexOf("```java") + 7));
        return code.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
    }
}
