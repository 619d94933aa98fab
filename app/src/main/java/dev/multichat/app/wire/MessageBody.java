package dev.multichat.app.wire;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.Role;
import java.util.Locale;
import java.util.Map;

/**
 * One message to append: {@code role} is {@code system|user|assistant|tool} (any case).
 *
 * @param id an optional caller-chosen message id, for idempotent retries
 * @param author who wrote it
 * @param role the role
 * @param content the text
 * @param attributes optional string attributes
 */
public record MessageBody(String id, String author, String role, String content,
                          Map<String, String> attributes) {

    /**
     * The model's draft.
     *
     * @return the draft
     * @throws InvalidInputException naming the field that is missing or invalid
     */
    public MessageDraft toDraft() {
        if (author == null || role == null || content == null) {
            throw new InvalidInputException("a message needs \"author\", \"role\" and \"content\"");
        }
        return new MessageDraft(id, author, role(role), content, attributes == null ? Map.of() : attributes);
    }

    /**
     * Parses a role name.
     *
     * @param name {@code system}, {@code user}, {@code assistant} or {@code tool}, any case
     * @return the role
     * @throws InvalidInputException for any other name
     */
    public static Role role(String name) {
        for (Role role : Role.values()) {
            if (role.name().equals(name.toUpperCase(Locale.ROOT))) {
                return role;
            }
        }
        throw new InvalidInputException("role must be one of system, user, assistant, tool");
    }
}
