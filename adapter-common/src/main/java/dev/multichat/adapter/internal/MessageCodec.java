package dev.multichat.adapter.internal;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageDraft;

/**
 * Turns one framework's messages into Multichat drafts and back, exactly.
 *
 * @param <M> the framework's message type
 */
public interface MessageCodec<M> {

    /**
     * @return the draft that stores {@code message} under {@code messageId}
     * @throws dev.multichat.api.InvalidInputException if the message cannot be stored (names why)
     */
    MessageDraft encode(M message, String messageId);

    /**
     * @return a new framework message equal in every field to the one that was encoded
     * @throws dev.multichat.api.CorruptDataException if the stored message was not written by a codec
     */
    M decode(ChatMessage stored);
}
