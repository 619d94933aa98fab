package dev.multichat.app.wire;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.MessageDraft;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code POST /v1/sessions/{id}/messages}: a batch stored all or nothing.
 *
 * @param messages the messages, in order
 */
public record AppendBody(List<MessageBody> messages) {

    /**
     * The model's drafts.
     *
     * @return the drafts, in order
     * @throws InvalidInputException when the batch is missing, empty or holds an invalid message
     */
    public List<MessageDraft> toDrafts() {
        if (messages == null || messages.isEmpty()) {
            throw new InvalidInputException("\"messages\" must hold at least one message");
        }
        List<MessageDraft> drafts = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            MessageBody body = messages.get(i);
            if (body == null) {
                throw new InvalidInputException("messages[" + i + "] is null");
            }
            try {
                drafts.add(body.toDraft());
            } catch (InvalidInputException e) {
                throw new InvalidInputException("messages[" + i + "]: " + e.getMessage(), e);
            }
        }
        return drafts;
    }
}
