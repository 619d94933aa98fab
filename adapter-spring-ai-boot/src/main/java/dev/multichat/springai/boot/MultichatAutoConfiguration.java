package dev.multichat.springai.boot;

import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.springai.MultichatChatMemory;
import dev.multichat.springai.MultichatChatMemoryRepository;
import org.springframework.ai.chat.memory.ChatMemory;
import org.springframework.ai.chat.memory.ChatMemoryRepository;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * When {@code multichat.store} is set: a {@link SessionStore} opened from that URI (closed with the
 * context), a {@link MultichatChatMemoryRepository} and a {@link MultichatChatMemory} (which
 * appends directly). Runs before Spring AI's own chat-memory auto-configuration, which then
 * backs off; an application's own bean of any of the three types wins over ours.
 */
@AutoConfiguration(beforeName = "org.springframework.ai.model.chat.memory.autoconfigure.ChatMemoryAutoConfiguration")
@ConditionalOnClass(ChatMemoryRepository.class)
@ConditionalOnProperty(prefix = "multichat", name = "store")
@EnableConfigurationProperties(MultichatProperties.class)
public class MultichatAutoConfiguration {

    /** @return the store {@code multichat.store} names, opened through {@link SessionStores#open} */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public SessionStore multichatSessionStore(MultichatProperties properties) {
        return SessionStores.open(properties.store());
    }

    /** @return the append-only repository over the store */
    @Bean
    @ConditionalOnMissingBean
    public ChatMemoryRepository chatMemoryRepository(SessionStore store, MultichatProperties properties) {
        return new MultichatChatMemoryRepository(store, properties.owner(), properties.window());
    }

    /** @return the chat memory that appends directly */
    @Bean
    @ConditionalOnMissingBean
    public ChatMemory chatMemory(SessionStore store, MultichatProperties properties) {
        return new MultichatChatMemory(store, properties.owner(), properties.window());
    }
}
