package dev.multichat.tck;

import dev.multichat.api.Expect;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionInfo;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionQuery;
import dev.multichat.api.SessionStore;
import java.util.List;
import java.util.function.BiFunction;

/** Every operation of a {@link SessionStore}, callable with a session id, for checks that hold for all. */
public enum StoreCall {
    /** {@code create}. */
    CREATE((store, id) -> store.create(new NewSession(id, SessionInfo.of(Samples.OWNER)))),
    /** {@code find}. */
    FIND(SessionStore::find),
    /** {@code list} of the sample owner. */
    LIST((store, id) -> store.list(SessionQuery.first(Samples.OWNER, 10))),
    /** {@code append} of one draft. */
    APPEND((store, id) -> store.append(id, List.of(Samples.draft("hello")), Expect.any())),
    /** {@code read} of everything. */
    READ((store, id) -> store.read(id, MessageRange.all())),
    /** {@code update} of the title. */
    UPDATE((store, id) -> store.update(id, SessionPatch.title("renamed"), Expect.any())),
    /** {@code trim} through seq 1. */
    TRIM((store, id) -> store.trim(id, 1)),
    /** {@code delete}. */
    DELETE((store, id) -> store.delete(id)),
    /** {@code health}. */
    HEALTH((store, id) -> store.health());

    private final BiFunction<SessionStore, SessionId, Object> call;

    StoreCall(BiFunction<SessionStore, SessionId, Object> call) {
        this.call = call;
    }

    /**
     * @param store the store to call
     * @param id the session the call concerns (ignored by list and health)
     * @return what the store returned
     */
    public Object invoke(SessionStore store, SessionId id) {
        return call.apply(store, id);
    }
}
