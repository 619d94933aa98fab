package dev.multichat.hybrid.internal.mirror;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionExistsException;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionNotFoundException;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionStore;
import dev.multichat.api.Ttl;
import dev.multichat.api.VersionConflictException;
import dev.multichat.hybrid.internal.tier.CopyClock;
import dev.multichat.hybrid.internal.tier.FastTier;
import dev.multichat.hybrid.internal.tier.Stamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Fills a session's cached copy from the durable tier, one refill per session at a time in this
 * instance (callers arriving meanwhile wait for it). The copy is first marked {@code filling}
 * (that write's version is remembered), then the durable state is read, then the messages are
 * appended and the copy committed, each with the remembered version expected: a writer that
 * touched the copy after the mark makes the commit fail, so a snapshot older than an
 * acknowledged write is never committed. Thread-safe.
 */
public final class Refill {
    private final FastTier fast;
    private final CopyClock clock;
    private final SessionStore durable;
    private final int windowSize;
    private final Duration idleTtl;
    private final Ttl idle;
    private final Map<SessionId, CompletableFuture<Void>> running = new ConcurrentHashMap<>();

    /**
     * @param fast the fast tier
     * @param clock the fast tier's clock (pinned to the newest message's durable time while the
     *     window is appended)
     * @param durable the durable tier
     * @param windowSize how many newest messages a copy keeps
     * @param idleTtl how long a copy lives without a write (zero: forever)
     */
    public Refill(FastTier fast, CopyClock clock, SessionStore durable, int windowSize, Duration idleTtl) {
        this.fast = fast;
        this.clock = clock;
        this.durable = durable;
        this.windowSize = windowSize;
        this.idleTtl = idleTtl;
        this.idle = idleTtl.isZero() ? Ttl.NONE : Ttl.sliding(idleTtl);
    }

    /**
     * Refills {@code id}'s copy, or waits for the refill another thread started.
     *
     * @param id the session
     * @throws dev.multichat.api.StoreException if the durable tier fails
     */
    void run(SessionId id) {
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> other = running.putIfAbsent(id, mine);
        if (other != null) {
            other.join();
            return;
        }
        try {
            fill(id);
        } finally {
            running.remove(id, mine);
            mine.complete(null);
        }
    }

    private void fill(SessionId id) {
        Optional<ChatSession> marked = fast.call(store -> mark(store, id)).flatMap(copy -> copy);
        if (marked.isEmpty()) {
            return;
        }
        Optional<ChatSession> session = durable.find(id);
        if (session.isEmpty()) {
            return;
        }
        long last = session.get().lastSeq();
        long base = Math.max(0, last - windowSize);
        List<ChatMessage> messages = last == 0 ? List.of()
                : durable.read(id, MessageRange.after(base, windowSize)).stream().filter(m -> m.seq() <= last).toList();
        boolean complete = base == 0 || messages.size() < last - base;
        long first = messages.isEmpty() ? last + 1 : messages.get(0).seq();
        long offset = first - (marked.get().lastSeq() + 1);
        MirrorState state = new MirrorState("", session.get().version(), session.get().state().expiresAt(),
                new Window(first, last, offset, complete));
        if (fast.call(store -> commit(store, marked.get(), state, messages)).orElse(false)) {
            fast.readings().refilled();
        }
    }

    private Optional<ChatSession> mark(SessionStore store, SessionId id) {
        Map<String, String> filling = Map.of(Stamp.STATE, "filling");
        try {
            Optional<ChatSession> copy = store.find(id);
            if (copy.isEmpty()) {
                return Optional.of(store.create(NewSession.of(id.value(), "hybrid").withMetadata(filling)
                        .withTtl(idle)));
            }
            return Optional.of(store.update(id, SessionPatch.metadata(filling), Expect.version(copy.get().version())));
        } catch (SessionExistsException | VersionConflictException | SessionNotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * The newest message's time, which the messages of that time then keep without an attribute;
     * none if the fast tier ignores its clock or that time is older than half the idle TTL (the
     * append would slide the copy's expiry from it).
     */
    private @Nullable Instant pin(List<ChatMessage> messages) {
        if (clock.ignored() || messages.isEmpty()) {
            return null;
        }
        Instant newest = messages.get(messages.size() - 1).at();
        boolean recent = idleTtl.isZero() || newest.isAfter(clock.instant().minus(idleTtl.dividedBy(2)));
        return recent ? newest : null;
    }

    private Boolean commit(SessionStore store, ChatSession marked, MirrorState state, List<ChatMessage> messages) {
        Instant pin = pin(messages);
        Optional<List<MessageDraft>> drafts = MessageCodec.encode(messages, pin);
        if (drafts.isEmpty()) {
            return false;
        }
        try {
            long version = marked.version();
            if (!messages.isEmpty()) {
                List<MessageDraft> cached = drafts.get();
                Expect expect = Expect.version(version);
                Appended appended = pin == null ? store.append(marked.id(), cached, expect)
                        : clock.pinned(pin, () -> store.append(marked.id(), cached, expect));
                if (!MessageCodec.timesKept(cached, appended.messages(), messages)) {
                    clock.ignore();
                    Stamp.poison(store, marked.id());
                    return false;
                }
                if (pin != null) {
                    clock.honour();
                }
                version = appended.session().version();
            }
            MirrorState stamped = new MirrorState(fast.epoch(), state.version(), state.expiresAt(), state.window());
            store.update(marked.id(), SessionPatch.metadata(MirrorCodec.write(stamped)), Expect.version(version));
            if (marked.lastSeq() > 0) {
                store.trim(marked.id(), marked.lastSeq());
            }
            return true;
        } catch (VersionConflictException | SessionNotFoundException e) {
            return false;
        }
    }
}
