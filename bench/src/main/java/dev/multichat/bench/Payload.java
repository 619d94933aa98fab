package dev.multichat.bench;

import dev.multichat.api.MessageDraft;
import dev.multichat.api.Role;
import java.util.Collections;
import java.util.List;

/** The message every benchmark writes: about 200 bytes of text, as in a short chat turn. */
final class Payload {
    /** Bytes of text per message (ASCII, so characters equal bytes). */
    static final int SIZE = 200;
    /** The ~200-byte text of one message. */
    static final String TEXT = text();
    /** One draft of {@link #TEXT} by a user. */
    static final MessageDraft DRAFT = MessageDraft.of(Role.USER, "bench", TEXT);
    /** A single-message append. */
    static final List<MessageDraft> ONE = List.of(DRAFT);
    /** A ten-message append. */
    static final List<MessageDraft> TEN = Collections.nCopies(10, DRAFT);

    private Payload() {
    }

    private static String text() {
        String sentence = "The quick brown fox jumps over the lazy dog; ";
        return sentence.repeat(SIZE / sentence.length() + 1).substring(0, SIZE);
    }
}
