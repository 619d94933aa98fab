package dev.multichat.internal;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageLog;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionId;
import java.util.List;

/**
 * A {@link MessageLog} that forwards every operation to {@link #messages()}: the message half
 * of composing a {@link dev.multichat.api.SessionStore} (see {@link CatalogDelegate}).
 */
interface LogDelegate extends MessageLog {
    /** @return the message log every operation goes to */
    MessageLog messages();

    @Override
    default Appended append(SessionId id, List<MessageDraft> drafts, Expect expect) {
        return messages().append(id, drafts, expect);
    }

    @Override
    default List<ChatMessage> read(SessionId id, MessageRange range) {
        return messages().read(id, range);
    }

    @Override
    default long trim(SessionId id, long throughSeq) {
        return messages().trim(id, throughSeq);
    }
}
