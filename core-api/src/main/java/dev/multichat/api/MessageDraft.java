package dev.multichat.api;

import dev.multichat.internal.Require;
import java.util.Map;
import java.util.regex.Pattern;

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
public record MessageDraft(String id, String author, Role role, String content,
                           Map<String, String> attributes) {
    /** Longest author accepted. */
    public static final int MAX_AUTHOR = 256;
    private static final Pattern MESSAGE_ID = Pattern.compile("[\\x21-\\x7E]{1,128}");

    /**
     * @throws InvalidInputException if a field breaks its rule
     */
    public MessageDraft {
        if (id != null) {
            Require.argument(MESSAGE_ID.matcher(id).matches(), "message id '%s' is invalid: use 1"
                    + " to 128 printable ASCII characters without spaces, or null for none", id);
        }
        Require.nonNull(author, "author");
        Require.argument(!author.isEmpty() && author.length() <= MAX_AUTHOR,
                "author must be 1 to %d characters, got %d", MAX_AUTHOR, author.length());
        Require.storableText(author, "author");
        Require.nonNull(role, "role");
        Require.storableText(content, "content");
        attributes = Require.smallMap(attributes, "attributes");
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
    public MessageDraft withId(String newId) {
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
