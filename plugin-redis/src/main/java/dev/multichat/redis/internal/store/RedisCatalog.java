package dev.multichat.redis.internal.store;

import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.NewSession;
import dev.multichat.api.Page;
import dev.multichat.api.SessionCatalog;
import dev.multichat.api.SessionExistsException;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionInfo;
import dev.multichat.api.SessionNotFoundException;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionQuery;
import dev.multichat.api.Ttl;
import dev.multichat.spi.SessionRules;
import dev.multichat.spi.TtlRule;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The session half of the Redis store: each write is one script on the session's keys plus
 * one command on the owner's index (see {@link OwnerIndex} for the order and what a crash
 * between them leaves). The scripts mirror {@link SessionRules} and {@link TtlRule} (they must
 * decide atomically on the server); what Java can compute beforehand (a new session's or a
 * patched TTL's expiry) comes from those rules, and a version conflict the script reports is
 * raised by {@link SessionRules#checkVersion}. Expiry is decided by the store's clock in every script and read;
 * Redis removes the keys natively at the same moment ({@code PEXPIRE}). Thread-safe.
 */
public final class RedisCatalog implements SessionCatalog {
    private final RedisStorage storage;
    private final OwnerIndex index;
    private final Listing listing;

    /**
     * @param storage the shared storage
     */
    public RedisCatalog(RedisStorage storage) {
        this.storage = storage;
        this.index = new OwnerIndex(storage);
        this.listing = new Listing(storage, index);
    }

    @Override
    public ChatSession create(NewSession spec) {
        long now = storage.now();
        SessionInfo info = spec.info();
        index.put(info.owner(), spec.id(), now);
        Instant expires = SessionRules.created(spec, Instant.ofEpochMilli(now)).state().expiresAt();
        List<Object> reply = storage.run(storage.scripts().create(), spec.id(), Long.toString(now), info.owner(),
                info.title(), SessionCodec.encodeMap(info.metadata()), ttlMillis(info.ttl()), sliding(info.ttl()),
                expires == null ? "0" : Long.toString(expires.toEpochMilli()));
        ChatSession session = storage.session(spec.id(), reply);
        if ("ex".equals(reply.get(0))) {
            if (session.owner().equals(info.owner())) {
                index.put(info.owner(), spec.id(), session.state().updatedAt().toEpochMilli());
            } else {
                index.remove(info.owner(), List.of(spec.id().value(), Long.toString(now)));
            }
            throw new SessionExistsException(spec.id());
        }
        storage.written(spec.id(), "creating session '" + spec.id() + "'", false);
        return session;
    }

    @Override
    public Optional<ChatSession> find(SessionId id) {
        String key = storage.keys().session(id)[0];
        Map<String, String> hash = storage.link().await(storage.link().commands().hgetall(key),
                "reading session '" + id + "'", key);
        ChatSession session = SessionCodec.decode(id, flatten(hash), key);
        if (session == null || session.state().expiredAt(Instant.ofEpochMilli(storage.now()))) {
            return Optional.empty();
        }
        return Optional.of(session);
    }

    @Override
    public Page<ChatSession> list(SessionQuery query) {
        return listing.list(query);
    }

    @Override
    public ChatSession update(SessionId id, SessionPatch patch, Expect expect) {
        long now = storage.now();
        Ttl ttl = patch.ttl();
        Instant expires = ttl == null ? null : TtlRule.afterPatch(patch, ttl, Instant.ofEpochMilli(now), null);
        List<Object> reply = storage.runTouching(storage.scripts().update(), id, Long.toString(now),
                Long.toString(expect.expected()), flag(patch.title() != null), String.valueOf(patch.title()),
                flag(patch.metadata() != null),
                patch.metadata() == null ? "" : SessionCodec.encodeMap(patch.metadata()),
                flag(ttl != null), ttl == null ? "0" : ttlMillis(ttl), ttl == null ? "0" : sliding(ttl),
                expires == null ? "0" : Long.toString(expires.toEpochMilli()));
        String status = String.valueOf(reply.get(0));
        if ("nf".equals(status)) {
            throw new SessionNotFoundException(id);
        }
        ChatSession session = storage.session(id, reply);
        if ("vc".equals(status)) {
            SessionRules.checkVersion(id, expect, session.version());
        }
        boolean sharded = storage.link().sharded();
        storage.written(id, "updating session '" + id + "'", sharded);
        if (sharded) {
            index.touch(session);
        }
        return session;
    }

    @Override
    public boolean delete(SessionId id) {
        List<Object> reply = storage.run(storage.scripts().delete(), id, Long.toString(storage.now()));
        String status = String.valueOf(reply.get(0));
        if ("no".equals(status)) {
            return false;
        }
        index.remove(String.valueOf(reply.get(1)), List.of(id.value(), String.valueOf(reply.get(2))));
        if ("ok".equals(status)) {
            storage.written(id, "deleting session '" + id + "'", true);
            return true;
        }
        return false;
    }

    static List<String> flatten(Map<String, String> hash) {
        return hash.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toList();
    }

    private static String ttlMillis(Ttl ttl) {
        return Long.toString(ttl.duration().toMillis());
    }

    private static String sliding(Ttl ttl) {
        return ttl.sliding() ? "1" : "0";
    }

    private static String flag(boolean set) {
        return set ? "1" : "0";
    }
}
