package dev.multichat.internal;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageLog;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionId;
import dev.multichat.api.StoreOperation;
import java.util.List;

/** The guard around a backend's message log: validate, then delegate, counted and timed. Thread-safe. */
final class GuardedLog implements MessageLog {
    private final MessageLog backend;
    private final InputValidator validator;
    private final Guard guard;

    GuardedLog(MessageLog backend, InputValidator validator, Guard guard) {
        this.backend = backend;
        this.validator = validator;
        this.guard = guard;
    }

    @Override
    public Appended append(SessionId id, List<MessageDraft> drafts, Expect expect) {
        return guard.run(StoreOperation.APPEND, () -> {
            List<MessageDraft> checked = validator.append(id, drafts, expect);
            return backend.append(id, checked, expect);
        });
    }

    @Override
    public List<ChatMessage> read(SessionId id, MessageRange range) {
        return guard.run(StoreOperation.READ, () -> backend.read(Require.nonNull(id, "session id"),
                Require.nonNull(range, "message range")));
    }

    @Override
    public long trim(SessionId id, long throughSeq) {
        return guard.run(StoreOperation.TRIM, () -> {
            validator.trim(id, throughSeq);
            return backend.trim(id, throughSeq);
        });
    }
}
