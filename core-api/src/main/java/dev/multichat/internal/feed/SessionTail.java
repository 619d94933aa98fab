package dev.multichat.internal.feed;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionCatalog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a session's watch knows of the session (the last seq it published, the session as last
 * seen) and how a pass brings its {@link BatchRing} up to date. This store's own appends arrive
 * with their result: a batch that continues right after the last seq published, from the same
 * incarnation, is published as it is, without a store call. Anything else reads as the feed
 * always did (notifications are hints; delivery reads the store): a gap (another writer's
 * messages in between, a lost result), and a bare hint (another process, the periodic check, a
 * trim, an update, a deletion), which first looks the session up and reads only if it holds a
 * seq beyond what this store's appends account for. After each read the session is looked up
 * again: gone, or another incarnation (another creation time, or a version or last seq that
 * went down), and the feed ends; what was read of it is dropped. Watcher thread only.
 */
final class SessionTail {
    private final FeedTarget target;
    private final SessionCatalog catalog;
    private long seen;
    private ChatSession known;

    /**
     * @param target the session, its log and ring
     * @param session the session when the watch starts (it publishes after its last seq)
     * @param catalog where the session is looked up
     */
    SessionTail(FeedTarget target, ChatSession session, SessionCatalog catalog) {
        this.target = target;
        this.catalog = catalog;
        this.known = session;
        this.seen = session.lastSeq();
    }

    /**
     * Publishes what is new: this store's appends (in any order, maybe repeated), and what a
     * read finds when they do not account for everything.
     *
     * @param local this store's append results since the last pass
     * @param hinted whether a bare hint came since the last pass
     * @return false if the session is gone or is another incarnation: the feed ends
     */
    boolean advance(List<Appended> local, boolean hinted) {
        long stored = 0;
        if (hinted) {
            ChatSession now = catalog.find(target.id()).orElse(null);
            if (!sameIncarnation(now)) {
                return false;
            }
            known = now;
            stored = now.lastSeq();
        }
        boolean complete = publishLocal(local);
        return (complete && stored <= seen) || readAndPublish();
    }

    /**
     * Publishes the results that continue the last seq published as one batch (so a pass adds
     * one entry to the ring however many appends it covers).
     *
     * @return true if every result continued the last one published; false at the first gap
     */
    private boolean publishLocal(List<Appended> local) {
        List<List<ChatMessage>> parts = new ArrayList<>(local.size());
        boolean complete = true;
        long next = seen + 1;
        for (Appended appended : local) {
            List<ChatMessage> batch = appended.messages();
            long last = batch.get(batch.size() - 1).seq();
            if (last < next) {
                continue;
            }
            long first = batch.get(0).seq();
            ChatSession after = appended.session();
            if (first > next || !after.state().createdAt().equals(known.state().createdAt())) {
                complete = false;
                break;
            }
            parts.add(first == next ? batch : batch.subList((int) (next - first), batch.size()));
            next = last + 1;
            if (after.version() > known.version()) {
                known = after;
            }
        }
        if (!parts.isEmpty()) {
            target.ring().publish(parts.size() == 1 ? parts.get(0) : joined(parts));
            seen = next - 1;
        }
        return complete;
    }

    private static List<ChatMessage> joined(List<List<ChatMessage>> parts) {
        List<ChatMessage> all = new ArrayList<>();
        parts.forEach(all::addAll);
        return Collections.unmodifiableList(all);
    }

    private boolean readAndPublish() {
        List<List<ChatMessage>> batches = new ArrayList<>();
        long after = seen;
        while (true) {
            List<ChatMessage> batch = target.log().read(target.id(), MessageRange.after(after, SessionFollower.PAGE));
            if (!batch.isEmpty()) {
                batches.add(Collections.unmodifiableList(batch));
                after = batch.get(batch.size() - 1).seq();
            }
            if (batch.size() < SessionFollower.PAGE) {
                break;
            }
        }
        ChatSession now = catalog.find(target.id()).orElse(null);
        if (!sameIncarnation(now)) {
            return false;
        }
        known = now;
        batches.forEach(target.ring()::publish);
        seen = after;
        return true;
    }

    private boolean sameIncarnation(ChatSession now) {
        return now != null && now.state().createdAt().equals(known.state().createdAt())
                && now.version() >= known.version() && now.lastSeq() >= known.lastSeq();
    }
}
