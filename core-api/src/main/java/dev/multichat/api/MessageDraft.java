package dev.multichat.api;

import dev.multichat.internal.Require;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A message as a caller appends it. Immutable; the attribute map is copied.
 *
 * @param id optional caller-chosen message id (1 to 128 printable ASCII characters), or
 *     {@code null}. A retried append whose ids are all already stored returns the stored
 *     messages and writes nothing, which makes retries after a timeout safe.
 * @param author who wrote it: a person or an agent such as {@code agent-4} (1 to 256
 *     characters)
 * @param role the role it speaks as
 * @param content the text, possibly empty; no NUL; size bounded by {@link StoreLimits}
 * @param attributes small string map (tool call id, token counts, model name...)
 */
public record MessageDraft(@Nullable String id, String author, Role role, String content,
                           Map<String, String> attributes) {
    /** Longest author accepted. */
    public static final int MAX_AUTHOR = 256;
    /** Longest message id accepted. */
    public static final int MAX_ID = 128;

    /**
     * @throws InvalidInputException if a field breaks its rule
     */
    public MessageDraft {
        if (id != null && !validId(id)) {
            throw Require.invalid("message id '%s' is invalid: use 1 to %d printable ASCII"
                    + " characters without spaces, or null for none", id, MAX_ID);
        }
        Require.nonNull(author, "author");
        if (author.isEmpty() || author.length() > MAX_AUTHOR) {
            throw Require.invalid("author must be 1 to %d characters, got %d", MAX_AUTHOR, author.length());
        }
        Require.storableText(author, "author");
        Require.nonNull(role, "role");
        Require.storableText(content, "content");
        attributes = Require.smallMap(attributes, "attributes");
    }

    /** @return whether {@code id} is 1 to {@link #MAX_ID} printable ASCII characters (! to ~) */
    private static boolean validId(String id) {
        int length = id.length();
        if (length == 0 || length > MAX_ID) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = id.charAt(i);
            if (c < '!' || c > '~') {
                return false;
            }
        }
        return true;
    }

    /**
     * @param role the role
     * @param author the author
     * @param content the text
     * @return a draft with no id and no attributes
     */
    public static MessageDraft of(Role role, String author, String content) {
        return new MessageDraft(null, author, role, content, Map.of());
    }

    /**
     * @param newId the caller's message id, for idempotent retries
     * @return a copy with that id
     */
    public MessageDraft withId(@Nullable String newId) {
        return new MessageDraft(newId, author, role, content, attributes);
    }

    /**
     * @param newAttributes the attributes
     * @return a copy with those attributes
     */
    public MessageDraft withAttributes(Map<String, String> newAttributes) {
        return new MessageDraft(id, author, role, content, newAttributes);
    }
}
