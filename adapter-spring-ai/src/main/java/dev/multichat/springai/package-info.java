/**
 * Multichat as Spring AI's chat memory: {@link dev.multichat.springai.MultichatChatMemoryRepository}
 * (an append-only {@code ChatMemoryRepository} for {@code MessageWindowChatMemory}) and
 * {@link dev.multichat.springai.MultichatChatMemory} (a {@code ChatMemory} that appends directly).
 * See the module README for the message mapping table.
 */
package dev.multichat.springai;
