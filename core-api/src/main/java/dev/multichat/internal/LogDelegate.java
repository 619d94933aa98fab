package dev.multichat.internal;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageLog;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionView;
import dev.multichat.spi.SessionViews;
import java.util.List;
import java.util.Optional;

/**
 * A {@link MessageLog} that forwards every operation to {@link #messages()}: the message half
 * of composing a {@link dev.multichat.api.SessionStore} (see {@link CatalogDelegate}).
 */
interface LogDelegate extends MessageLog, SessionViews {
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

    /**
     * @throws IllegalStateException if {@link #messages()} answers no views (the core composes
     *     every store around a {@link GuardedLog}, which does)
     */
    @Override
    default Optional<SessionView> view(SessionId id, MessageRange range) {
        if (messages() instanceof SessionViews views) {
            return views.view(id, range);
        }
        throw new IllegalStateException("the composed message log " + messages() + " answers no views");
    }
}
