package dev.multichat.internal;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreConfig;
import dev.multichat.api.StoreHealth;
import java.util.List;

/**
 * The wrapper around every store a provider opens: validates arguments against the limits,
 * refuses use after close with {@link dev.multichat.api.StoreClosedException}, and reports
 * each operation's duration and outcome. Adds no locking: thread safety is the backend's.
 */
final class GuardedStore extends GuardedCatalog implements SessionStore {
    GuardedStore(SessionStore delegate, StoreConfig config) {
        super(delegate, new InputValidator(config.limits()),
                new Guard(config.uri().text(), config.metrics()));
    }

    @Override
    public Appended append(SessionId id, List<MessageDraft> drafts, Expect expect) {
        return guard.run("append", () -> {
            List<MessageDraft> checked = validator.append(id, drafts, expect);
            return delegate.append(id, checked, expect);
        });
    }

    @Override
    public List<ChatMessage> read(SessionId id, MessageRange range) {
        return guard.run("read", () -> delegate.read(Require.nonNull(id, "session id"),
                Require.nonNull(range, "message range")));
    }

    @Override
    public long trim(SessionId id, long throughSeq) {
        return guard.run("trim", () -> {
            validator.trim(id, throughSeq);
            return delegate.trim(id, throughSeq);
        });
    }

    @Override
    public StoreHealth health() {
        return guard.run("health", delegate::health);
    }

    @Override
    public void close() {
        guard.close(delegate::close);
    }

    @Override
    public String toString() {
        return "SessionStore[" + guard.store() + "]";
    }
}
