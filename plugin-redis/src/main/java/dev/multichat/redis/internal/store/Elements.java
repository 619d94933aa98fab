package dev.multichat.redis.internal.store;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.CorruptDataException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Elements of a session's messages list ({@code <seq>\n<id>\n<JSON>}, see {@link MessageCodec})
 * decoded and checked against the seqs they must hold: the list's elements say which message
 * they are, so a read that expected other seqs (a write raced it, or the data is not ours) is
 * noticed, never answered. Thread-safe.
 */
final class Elements {
    private Elements() {
    }

    /**
     * @param values the elements, as bytes or strings
     * @param first the seq the first must hold (the rest follow, one apart)
     * @param key the list's key, for errors
     * @return the messages, or null if an element holds another seq than expected
     */
    static List<ChatMessage> consecutive(List<?> values, long first, String key) {
        List<ChatMessage> messages = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            ChatMessage message = element(bytes(values.get(i)), key);
            if (message.seq() != first + i) {
                return null;
            }
            messages.add(message);
        }
        return messages;
    }

    /**
     * @param values elements read with the script (nothing can race it)
     * @param seqs the seqs they must hold, in the same order
     * @param key the list's key, for errors
     * @return the messages
     * @throws CorruptDataException if an element is missing or holds another seq
     */
    static List<ChatMessage> exactly(List<?> values, List<Long> seqs, String key) {
        List<ChatMessage> messages = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            ChatMessage message = element(bytes(values.get(i)), key);
            if (message.seq() != seqs.get(i)) {
                throw misplaced(key, seqs.get(i), message.seq());
            }
            messages.add(message);
        }
        return messages;
    }

    /** @return the error for an element at the place of seq {@code wanted} that holds {@code found} */
    private static CorruptDataException misplaced(String key, long wanted, long found) {
        return new CorruptDataException("redis key '" + key + "' holds the message of seq " + found
                + " where seq " + wanted + " belongs: the list is not the one this store keeps; restore"
                + " the session from a backup or delete it");
    }

    /**
     * Decodes one element, {@code <seq>\n<message id or nothing>\n<JSON>} (the append script puts
     * the seq it assigned in front of what {@link MessageCodec#encode} made).
     *
     * @param value the element's bytes, as Redis sent them
     * @param key the list's key, named if the element is not one this store wrote
     * @return the message
     * @throws CorruptDataException if it is not an element this store wrote
     */
    static ChatMessage element(byte[] value, String key) {
        int end = StoredJson.newline(value, 0);
        long seq = seq(value, end);
        if (seq < 0) {
            throw new CorruptDataException("redis key '" + key + "': an element does not start with its seq;"
                    + " restore the session from a backup or delete it");
        }
        return MessageCodec.decode(seq, value, end + 1, key);
    }

    /** @return the decimal number in {@code value[0, end)}, or -1 if there is none (or more than 18 digits) */
    private static long seq(byte[] value, int end) {
        if (end < 1 || end > 18) {
            return -1;
        }
        long seq = 0;
        for (int i = 0; i < end; i++) {
            int digit = value[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            seq = seq * 10 + digit;
        }
        return seq;
    }

    private static byte[] bytes(Object value) {
        return value instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : (byte[]) value;
    }
}
