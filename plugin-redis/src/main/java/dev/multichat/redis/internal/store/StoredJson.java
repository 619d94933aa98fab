package dev.multichat.redis.internal.store;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.Role;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A reader of exactly the JSON that {@link MessageCodec#encode} writes,
 * {@code {"at":millis,"a":"…","r":"…","c":"…","x":{"k":"v",…}}}, straight from the stored bytes:
 * no parser object per message (a tail(20) decodes twenty), strings cut from the bytes in one
 * UTF-8 decode each, escapes (backslash n, backslash quote, backslash u and four hex digits…)
 * resolved as JSON defines them. Anything else (another field order, whitespace, a null, a value
 * it does not expect) makes it answer null, and the caller parses the message with Jackson, which
 * accepts any JSON and reports what is wrong. (It does not re-check what only a foreign writer could put there:
 * raw control characters or broken UTF-8 inside a string are read as they are.) One instance
 * per message; not thread-safe, and needs none.
 */
final class StoredJson {
    /** The letters after a backslash, other than u, and what each stands for. */
    private static final String ESCAPES = "\"\\/bfnrt";
    private static final String MEANINGS = "\"\\/\b\f\n\r\t";

    private final byte[] in;
    private int at;

    private StoredJson(byte[] in, int from) {
        this.in = in;
        this.at = from;
    }

    /**
     * @param seq the message's seq
     * @param id its id, or null
     * @param value the stored bytes
     * @param from where the JSON starts
     * @return the message, or null if the JSON is not in the exact shape this store writes
     */
    static ChatMessage read(long seq, String id, byte[] value, int from) {
        StoredJson json = new StoredJson(value, from);
        try {
            return json.message(seq, id);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    /**
     * @param value a stored value, or null
     * @param from where to start looking
     * @return the index of the first newline at or after {@code from}, or -1 if there is none
     */
    static int newline(byte[] value, int from) {
        for (int i = from; value != null && i < value.length; i++) {
            if (value[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private ChatMessage message(long seq, String id) {
        long millis = number("{\"at\":");
        String author = string(",\"a\":");
        Role role = Role.valueOf(string(",\"r\":"));
        String content = string(",\"c\":");
        literal(",\"x\":{");
        Map<String, String> attributes = Map.of();
        if (in[at] != '}') {
            attributes = new LinkedHashMap<>();
            while (true) {
                String name = string("");
                attributes.put(name, string(":"));
                if (in[at] != ',') {
                    break;
                }
                at++;
            }
        }
        literal("}}");
        if (at != in.length) {
            throw new IllegalArgumentException("trailing bytes");
        }
        return new ChatMessage(seq, Instant.ofEpochMilli(millis),
                new MessageDraft(id, author, role, content, attributes));
    }

    private void literal(String expected) {
        for (int k = 0; k < expected.length(); k++) {
            if (in[at++] != expected.charAt(k)) {
                throw new IllegalArgumentException("not the stored shape");
            }
        }
    }

    private long number(String before) {
        literal(before);
        int start = at;
        while (in[at] >= '0' && in[at] <= '9' || in[at] == '-' && at == start) {
            at++;
        }
        return Long.parseLong(new String(in, start, at - start, StandardCharsets.US_ASCII));
    }

    private String string(String before) {
        literal(before);
        literal("\"");
        int start = at;
        while (in[at] != '"' && in[at] != '\\') {
            at++;
        }
        if (in[at] == '"') {
            return new String(in, start, at++ - start, StandardCharsets.UTF_8);
        }
        StringBuilder out = new StringBuilder(at - start + 16).append(new String(in, start, at - start,
                StandardCharsets.UTF_8));
        while (in[at] != '"') {
            int run = at;
            while (in[at] != '"' && in[at] != '\\') {
                at++;
            }
            out.append(new String(in, run, at - run, StandardCharsets.UTF_8));
            if (in[at] == '\\') {
                at++;
                out.append(escaped());
            }
        }
        at++;
        return out.toString();
    }

    /** @return the character of the escape whose backslash was just read */
    private char escaped() {
        byte kind = in[at++];
        if (kind == 'u') {
            return hex4();
        }
        int which = ESCAPES.indexOf(kind);
        if (which < 0) {
            throw new IllegalArgumentException("unknown escape");
        }
        return MEANINGS.charAt(which);
    }

    /** @return the UTF-16 unit of a backslash-u escape (four hex digits) (a surrogate pair comes as two of them) */
    private char hex4() {
        int unit = 0;
        for (int k = 0; k < 4; k++) {
            int digit = Character.digit(in[at++], 16);
            if (digit < 0) {
                throw new IllegalArgumentException("not a hex digit");
            }
            unit = unit * 16 + digit;
        }
        return (char) unit;
    }
}
