package dev.multichat.internal;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageLog;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionCatalog;
import dev.multichat.api.SessionNotFoundException;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionView;
import dev.multichat.api.StoreOperation;
import dev.multichat.spi.SessionViews;
import dev.multichat.spi.StampedAppends;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The guard around a backend's message log: validate, then delegate, counted and timed. A view
 * (a session and its messages) goes to the backend's {@link SessionViews} if it has one, else to
 * its catalog's find, then its read: one {@code read} operation either way. An append with a
 * metadata stamp goes to the backend's {@link StampedAppends} (one {@code append} operation)
 * when it has one. Thread-safe.
 */
final class GuardedLog implements MessageLog, SessionViews, StampedAppends {
    private final MessageLog backend;
    private final SessionCatalog catalog;
    private final InputValidator validator;
    private final Guard guard;

    GuardedLog(MessageLog backend, SessionCatalog catalog, InputValidator validator, Guard guard) {
        this.backend = backend;
        this.catalog = catalog;
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

    /** @return whether the backend appends and replaces metadata in one call ({@link StampedAppends}) */
    boolean stamps() {
        return backend instanceof StampedAppends;
    }

    /** @throws IllegalStateException if the backend does not offer it ({@link #stamps()}) */
    @Override
    public Appended appendStamped(SessionId id, List<MessageDraft> drafts, Map<String, String> metadata,
                                  Expect expect) {
        if (!(backend instanceof StampedAppends stamped)) {
            throw new IllegalStateException("the backend " + backend + " does not append and stamp in one call");
        }
        return guard.run(StoreOperation.APPEND, () -> {
            List<MessageDraft> checked = validator.append(id, drafts, expect);
            SessionPatch stamp = SessionPatch.metadata(metadata); // checks and copies the map once
            validator.update(id, stamp, expect);
            return stamped.appendStamped(id, checked, stamp.metadata(), expect);
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

    @Override
    public Optional<SessionView> view(SessionId id, MessageRange range) {
        return guard.run(StoreOperation.READ, () -> {
            SessionId checked = Require.nonNull(id, "session id");
            MessageRange what = Require.nonNull(range, "message range");
            if (backend instanceof SessionViews views) {
                return views.view(checked, what);
            }
            try {
                return catalog.find(checked).map(session -> new SessionView(session, backend.read(checked, what)));
            } catch (SessionNotFoundException e) {
                return Optional.empty(); // deleted or expired between the two calls
            }
        });
    }
}
