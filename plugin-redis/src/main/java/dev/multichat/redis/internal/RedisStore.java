package dev.multichat.redis.internal;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.Page;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionQuery;
import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreHealth;
import dev.multichat.redis.internal.link.Health;
import dev.multichat.redis.internal.link.RedisTarget;
import dev.multichat.redis.internal.store.RedisCatalog;
import dev.multichat.redis.internal.store.RedisMessageLog;
import dev.multichat.redis.internal.store.RedisStorage;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Redis store: the catalog and the message log around one shared storage object, plus health
 * and close. Holds no logic of its own. Thread-safe.
 */
final class RedisStore implements SessionStore {
    private final RedisStorage storage;
    private final RedisCatalog catalog;
    private final RedisMessageLog log;
    private final RedisTarget target;
    private final Map<String, String> details;

    RedisStore(RedisStorage storage, RedisTarget target, Map<String, String> details) {
        this.storage = storage;
        this.catalog = new RedisCatalog(storage);
        this.log = new RedisMessageLog(storage);
        this.target = target;
        this.details = Map.copyOf(details);
    }

    @Override
    public ChatSession create(NewSession spec) {
        return catalog.create(spec);
    }

    @Override
    public Optional<ChatSession> find(SessionId id) {
        return catalog.find(id);
    }

    @Override
    public Page<ChatSession> list(SessionQuery query) {
        return catalog.list(query);
    }

    @Override
    public ChatSession update(SessionId id, SessionPatch patch, Expect expect) {
        return catalog.update(id, patch, expect);
    }

    @Override
    public boolean delete(SessionId id) {
        return catalog.delete(id);
    }

    @Override
    public Appended append(SessionId id, List<MessageDraft> drafts, Expect expect) {
        return log.append(id, drafts, expect);
    }

    @Override
    public List<ChatMessage> read(SessionId id, MessageRange range) {
        return log.read(id, range);
    }

    @Override
    public long trim(SessionId id, long throughSeq) {
        return log.trim(id, throughSeq);
    }

    @Override
    public StoreHealth health() {
        return Health.of(storage.link(), target, details);
    }

    @Override
    public void close() {
        storage.link().close();
    }
}
