/**
 * Multichat as LangChain4j's chat memory: {@link dev.multichat.langchain4j.MultichatChatMemoryStore}
 * (an append-only {@code ChatMemoryStore} for {@code MessageWindowChatMemory}) and
 * {@link dev.multichat.langchain4j.MultichatChatMemory} (a {@code ChatMemory} that appends directly).
 * See the module README for the message mapping table.
 */
package dev.multichat.langchain4j;
