package dev.multichat.tck.model;

import dev.multichat.api.ChatSession;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.Page;
import dev.multichat.api.Role;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionQuery;
import dev.multichat.api.SessionStore;
import dev.multichat.api.Ttl;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs a model-based step against a store; its result (or exception) is what the runs compare. */
final class ModelOpAction {
    private static final Duration TEN_SECONDS = Duration.ofSeconds(10);
    private static final int MAX_PAGES = 100;

    private ModelOpAction() {
    }

    static Object apply(SessionStore store, ModelOp op) {
        switch (op.kind()) {
            case CREATE:
                return store.create(NewSession.of("s" + op.session(), "owner-" + op.a()).withTtl(ttl(op.b())));
            case APPEND:
                return store.append(op.id(), drafts(op), op.expectOn(store));
            case ADVANCE:
                return null;
            case UPDATE:
                return store.update(op.id(), patch(op.a()), op.expectOn(store));
            case TRIM:
                return store.trim(op.id(), op.a());
            case DELETE:
                return store.delete(op.id());
            case READ:
                return store.read(op.id(), range(op));
            case FIND:
                return store.find(op.id());
            default:
                return pages(store, "owner-" + op.a(), op.b());
        }
    }

    /** @return 0: no TTL, 1: absolute 10 s, 2: sliding 10 s */
    private static Ttl ttl(int kind) {
        if (kind == 0) {
            return Ttl.NONE;
        }
        return kind == 1 ? Ttl.absolute(TEN_SECONDS) : Ttl.sliding(TEN_SECONDS);
    }

    /** @return 0: title, 1: metadata, 2..4: the TTL of {@link #ttl} for 1, 2, 0 */
    private static SessionPatch patch(int kind) {
        if (kind == 0) {
            return SessionPatch.title("renamed");
        }
        return kind == 1 ? SessionPatch.metadata(Map.of("k", "v")) : SessionPatch.ttl(ttl((kind - 1) % 3));
    }

    private static MessageRange range(ModelOp op) {
        if (op.a() == 0) {
            return MessageRange.all();
        }
        return op.a() == 1 ? MessageRange.tail(op.b() + 1) : MessageRange.after(op.b(), 2);
    }

    /** @return a drafts, with ids m(b)..m(b + a - 1), or without ids if b is negative */
    private static List<MessageDraft> drafts(ModelOp op) {
        List<MessageDraft> drafts = new ArrayList<>();
        for (int i = 0; i < op.a(); i++) {
            drafts.add(op.b() < 0 ? draft("text " + i) : draft("text m" + (op.b() + i)).withId("m" + (op.b() + i)));
        }
        return drafts;
    }

    private static MessageDraft draft(String content) {
        return MessageDraft.of(Role.USER, "alice", content);
    }

    /** @return every page of the owner's listing, followed by cursor */
    private static List<List<ChatSession>> pages(SessionStore store, String owner, int size) {
        List<List<ChatSession>> pages = new ArrayList<>();
        SessionQuery query = SessionQuery.first(owner, size);
        Page<ChatSession> page = store.list(query);
        pages.add(page.items());
        while (page.hasNext() && pages.size() < MAX_PAGES) {
            query = query.next(page);
            page = store.list(query);
            pages.add(page.items());
        }
        return pages;
    }
}
