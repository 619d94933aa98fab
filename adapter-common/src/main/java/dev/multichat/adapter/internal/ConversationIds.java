package dev.multichat.adapter.internal;

import dev.multichat.api.ChatSession;
import dev.multichat.api.InvalidInputException;
import dev.multichat.api.SessionId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * Maps a framework's conversation id (any string) to a {@link SessionId} and back, reversibly.
 *
 * <ul>
 *   <li>A valid session id that does not start with {@code mc:} is used as it is.</li>
 *   <li>Anything else up to {@value #MAX_ENCODED_BYTES} UTF-8 bytes becomes {@code mc:b:} followed by
 *       its UTF-8 bytes in unpadded base64url.</li>
 *   <li>Longer ids become {@code mc:h:} followed by the base64url SHA-256 of their UTF-8 bytes; the
 *       original id is kept in the session's metadata under {@value #METADATA_KEY}.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class ConversationIds {

    /** Session metadata key that holds a hashed conversation id's original text. */
    public static final String METADATA_KEY = "conversationId";
    /** The longest conversation id, in UTF-8 bytes, that is encoded rather than hashed. */
    public static final int MAX_ENCODED_BYTES = 90;
    private static final String PREFIX = "mc:";
    private static final String ENCODED = "mc:b:";
    private static final String HASHED = "mc:h:";
    private static final boolean[] ALLOWED = allowedCharacters();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private ConversationIds() {
    }

    /**
     * @return the session id a conversation id maps to
     * @throws InvalidInputException if the id is null or empty
     */
    public static SessionId sessionOf(String conversationId) {
        if (conversationId == null || conversationId.isEmpty()) {
            throw new InvalidInputException("conversation id is " + (conversationId == null ? "null" : "empty")
                    + "; give each conversation a non-empty id");
        }
        if (isPlain(conversationId)) {
            return SessionId.of(conversationId);
        }
        byte[] utf8 = conversationId.getBytes(StandardCharsets.UTF_8);
        if (utf8.length <= MAX_ENCODED_BYTES) {
            return SessionId.of(ENCODED + ENCODER.encodeToString(utf8));
        }
        return SessionId.of(HASHED + ENCODER.encodeToString(sha256(utf8)));
    }

    /** @return the session metadata a new session for this conversation needs (the original id if hashed) */
    public static Map<String, String> metadataOf(String conversationId) {
        return sessionOf(conversationId).value().startsWith(HASHED)
                ? Map.of(METADATA_KEY, conversationId) : Map.of();
    }

    /** @return the conversation id a session stands for (the inverse of {@link #sessionOf}) */
    public static String conversationOf(ChatSession session) {
        String value = session.id().value();
        if (value.startsWith(ENCODED)) {
            return new String(Base64.getUrlDecoder().decode(value.substring(ENCODED.length())),
                    StandardCharsets.UTF_8);
        }
        if (value.startsWith(HASHED)) {
            return session.info().metadata().getOrDefault(METADATA_KEY, value);
        }
        return value;
    }

    private static boolean isPlain(String id) {
        if (id.length() > SessionId.MAX_LENGTH || id.charAt(0) == '.' || id.startsWith(PREFIX)) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c >= ALLOWED.length || !ALLOWED[c]) {
                return false;
            }
        }
        return true;
    }

    private static boolean[] allowedCharacters() {
        boolean[] allowed = new boolean[128];
        String set = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._:-";
        set.chars().forEach(c -> allowed[c] = true);
        return allowed;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256, which every Java platform must provide", e);
        }
    }
}
