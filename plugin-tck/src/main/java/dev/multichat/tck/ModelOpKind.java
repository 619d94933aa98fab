package dev.multichat.tck;

import dev.multichat.api.ChatSession;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.Page;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionQuery;
import dev.multichat.api.SessionStore;
import dev.multichat.api.Ttl;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.IntStream;

/** The operations of a model-based run: how each is described and applied to a store. */
public enum ModelOpKind {
    /** Create session; a = owner 0..1, b = TTL (0 none, 1 absolute 10 s, 2 sliding 10 s). */
    CREATE(op -> "create(s" + op.session() + ", owner-" + op.a() + ", ttl " + List.of("none", "absolute 10s", "sliding 10s").get(op.b()) + ")",
            (store, op) -> store.create(NewSession.of("s" + op.session(), "owner-" + op.a()).withTtl(ttl(op.b())))),
    /** Append a drafts (1..3); b = first message id number, or -1 for drafts without ids. */
    APPEND(op -> "append(s" + op.session() + ", " + draftsText(op) + ", expect " + op.expect() + ")",
            (store, op) -> store.append(op.id(), drafts(op), op.expectOn(store))),
    /** Move the clock forward by a seconds (applied once, shared by both stores). */
    ADVANCE(op -> "advance clock " + op.a() + " s", (store, op) -> null),
    /** Update; a = 0 title, 1 metadata, 2 absolute TTL, 3 sliding TTL, 4 no TTL. */
    UPDATE(op -> "update(s" + op.session() + ", " + List.of("title", "metadata", "ttl absolute 10s", "ttl sliding 10s", "ttl none").get(op.a()) + ", expect " + op.expect() + ")",
            (store, op) -> store.update(op.id(), patch(op.a()), op.expectOn(store))),
    /** Trim through seq a. */
    TRIM(op -> "trim(s" + op.session() + ", through " + op.a() + ")", (store, op) -> store.trim(op.id(), op.a())),
    /** Delete. */
    DELETE(op -> "delete(s" + op.session() + ")", (store, op) -> store.delete(op.id())),
    /** Read; a = 0 all, 1 tail(b + 1), 2 after(b, 2). */
    READ(op -> "read(s" + op.session() + ", " + List.of("all", "tail " + (op.b() + 1), "after " + op.b() + " limit 2")
            .get(op.a()) + ")", (store, op) -> store.read(op.id(), range(op))),
    /** Find. */
    FIND(op -> "find(s" + op.session() + ")", (store, op) -> store.find(op.id())),
    /** List every page of owner a with page size b (1..3). */
    LIST(op -> "list(owner-" + op.a() + ", pages of " + op.b() + ")", (store, op) -> pages(store, op));

    private final Function<ModelOp, String> text;
    private final BiFunction<SessionStore, ModelOp, Object> action;

    ModelOpKind(Function<ModelOp, String> text, BiFunction<SessionStore, ModelOp, Object> action) {
        this.text = text;
        this.action = action;
    }

    String describe(ModelOp op) {
        return text.apply(op);
    }

    Object apply(SessionStore store, ModelOp op) {
        return action.apply(store, op);
    }

    private static Ttl ttl(int kind) {
        Duration ten = Duration.ofSeconds(10);
        return kind == 0 ? Ttl.NONE : kind == 1 ? Ttl.absolute(ten) : Ttl.sliding(ten);
    }

    private static SessionPatch patch(int kind) {
        return kind == 0 ? SessionPatch.title("renamed") : kind == 1 ? SessionPatch.metadata(Map.of("k", "v"))
                : SessionPatch.ttl(ttl((kind - 1) % 3));
    }

    private static MessageRange range(ModelOp op) {
        return op.a() == 0 ? MessageRange.all() : op.a() == 1 ? MessageRange.tail(op.b() + 1)
                : MessageRange.after(op.b(), 2);
    }

    private static List<MessageDraft> drafts(ModelOp op) {
        return IntStream.range(0, op.a()).mapToObj(i -> op.b() < 0 ? Samples.draft("text " + i)
                : Samples.draft("text m" + (op.b() + i)).withId("m" + (op.b() + i))).toList();
    }

    private static String draftsText(ModelOp op) {
        return op.b() < 0 ? op.a() + (op.a() == 1 ? " draft" : " drafts") + " without ids" : "ids m" + op.b() + "..m" + (op.b() + op.a() - 1);
    }

    private static List<List<ChatSession>> pages(SessionStore store, ModelOp op) {
        List<List<ChatSession>> pages = new ArrayList<>();
        SessionQuery query = SessionQuery.first("owner-" + op.a(), op.b());
        Page<ChatSession> page = store.list(query);
        pages.add(page.items());
        while (page.hasNext() && pages.size() < 100) {
            query = query.next(page);
            page = store.list(query);
            pages.add(page.items());
        }
        return pages;
    }
}
