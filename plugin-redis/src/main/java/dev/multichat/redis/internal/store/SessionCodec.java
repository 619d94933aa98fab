package dev.multichat.redis.internal.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.multichat.api.ChatSession;
import dev.multichat.api.CorruptDataException;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionInfo;
import dev.multichat.api.SessionState;
import dev.multichat.api.Ttl;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a session hash (as {@code HGETALL} returns it: field, value, field, value...) into a
 * {@link ChatSession}, and writes metadata maps as JSON. Thread-safe.
 */
final class SessionCodec {
    private static final JsonFactory JSON = new JsonFactory();

    private SessionCodec() {
    }

    /**
     * @param id the session
     * @param flat the hash's fields and values; empty when the key does not exist
     * @param key the key, named if the hash is not one this store wrote
     * @return the session, or null when the hash is empty
     */
    static ChatSession decode(SessionId id, List<?> flat, String key) {
        if (flat == null || flat.isEmpty()) {
            return null;
        }
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i + 1 < flat.size(); i += 2) {
            fields.put(String.valueOf(flat.get(i)), String.valueOf(flat.get(i + 1)));
        }
        try {
            long ttl = Long.parseLong(fields.get("tl"));
            Ttl kind = ttl == 0 ? Ttl.NONE : new Ttl(Duration.ofMillis(ttl), "1".equals(fields.get("sl")));
            SessionInfo info = new SessionInfo(fields.get("o"), fields.get("t"), decodeMap(fields.get("md")), kind);
            long expires = Long.parseLong(fields.get("e"));
            SessionState state = new SessionState(millis(fields.get("c")), millis(fields.get("u")),
                    expires == 0 ? null : Instant.ofEpochMilli(expires), Long.parseLong(fields.get("v")),
                    Long.parseLong(fields.get("l")));
            return new ChatSession(id, info, state);
        } catch (IOException | RuntimeException e) {
            throw new CorruptDataException("redis key '" + key + "' is not a session hash this store wrote ("
                    + e.getMessage() + "); delete the key or restore it from a backup", e);
        }
    }

    static String encodeMap(Map<String, String> map) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            MessageCodec.writeMap(json, map);
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON to memory failed", e);
        }
        return out.toString();
    }

    private static Map<String, String> decodeMap(String text) throws IOException {
        if ("{}".equals(text)) {
            return Map.of();
        }
        try (JsonParser json = JSON.createParser(text)) {
            json.nextToken();
            return MessageCodec.readMap(json);
        }
    }

    private static Instant millis(String text) {
        return Instant.ofEpochMilli(Long.parseLong(text));
    }
}
