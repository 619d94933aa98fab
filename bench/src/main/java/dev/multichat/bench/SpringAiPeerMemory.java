package dev.multichat.bench;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.ai.chat.memory.ChatMemory;
import org.springframework.ai.chat.memory.MessageWindowChatMemory;
import org.springframework.ai.chat.memory.repository.jdbc.JdbcChatMemoryRepository;
import org.springframework.ai.chat.memory.repository.jdbc.JdbcChatMemoryRepositoryDialect;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The Spring AI peer's chat memory on any database: creates Spring AI's own schema, fills one
 * conversation, and wraps the repository in {@code MessageWindowChatMemory} with the window set
 * to the conversation's size (so it keeps exactly that many messages while measured).
 */
final class SpringAiPeerMemory {
    private SpringAiPeerMemory() {
    }

    /**
     * @param pool the database
     * @param schema Spring AI's schema resource for that database
     * @param dialect Spring AI's dialect for it
     * @param conversation the conversation's id
     * @param messages messages to store first
     * @return the chat memory, as Spring AI uses it
     */
    static ChatMemory filled(DataSource pool, String schema, JdbcChatMemoryRepositoryDialect dialect,
                             String conversation, int messages) {
        new ResourceDatabasePopulator(new ClassPathResource(schema)).execute(pool);
        JdbcChatMemoryRepository repository = JdbcChatMemoryRepository.builder()
                .dataSource(pool)
                .dialect(dialect)
                .build();
        List<Message> history = new ArrayList<>(messages);
        for (int i = 0; i < messages; i++) {
            history.add(new UserMessage(Payload.TEXT));
        }
        repository.saveAll(conversation, history);
        return MessageWindowChatMemory.builder().chatMemoryRepository(repository).maxMessages(messages).build();
    }
}
