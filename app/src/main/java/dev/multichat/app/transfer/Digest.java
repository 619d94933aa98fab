package dev.multichat.app.transfer;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageDraft;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * A running SHA-256 over a session's messages in order: id, author, role, content, sorted
 * attributes and the time at millisecond precision, each length-prefixed so no two different
 * messages hash alike. Seqs are not hashed (a copy of a trimmed session is renumbered from 1).
 * Not thread-safe: one per session.
 */
public final class Digest {

    private final MessageDigest sha;
    private long count;

    /** An empty digest. */
    public Digest() {
        try {
            this.sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * Adds the next message.
     *
     * @param message the message
     */
    public void add(ChatMessage message) {
        MessageDraft draft = message.draft();
        text(draft.id() == null ? "\u0000none" : draft.id());
        text(draft.author());
        text(draft.role().name());
        text(draft.content());
        Map<String, String> sorted = new TreeMap<>(draft.attributes());
        long millis = message.at().toEpochMilli();
        sha.update(ByteBuffer.allocate(Long.BYTES * 2).putLong(sorted.size()).putLong(millis).array());
        sorted.forEach((key, value) -> {
            text(key);
            text(value);
        });
        count++;
    }

    private void text(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        sha.update(bytes);
    }

    /**
     * The messages added so far.
     *
     * @return the count
     */
    public long count() {
        return count;
    }

    /**
     * The hash so far, as hex; ends this digest.
     *
     * @return the SHA-256 in lower-case hex
     */
    public String finish() {
        return HexFormat.of().formatHex(sha.digest());
    }
}
