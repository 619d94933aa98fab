package dev.multichat.json;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreHealth;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A session store over a directory of JSON files (see the module README for the layout, the
 * line format and the durability of each fsync mode). Thread-safe; several processes may open
 * the same directory.
 */
final class JsonSessionStore extends JsonCatalog implements SessionStore {
    /** How long close waits for the calls already running. */
    static final Duration CLOSE_WAIT = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(JsonSessionStore.class);
    private final LogReader reader = new LogReader();
    private final Appender appender;
    private final Trimmer trimmer;
    private final StoreScan scan;
    private final Sweeper sweeper;

    /** Opens the store: clears trash, cuts torn log tails, builds the listing index. */
    JsonSessionStore(StoreContext ctx, Duration sweepInterval) throws IOException {
        super(ctx);
        this.appender = new Appender(ctx, reader);
        this.trimmer = new Trimmer(ctx, new SessionLoader(ctx.ops));
        this.scan = new StoreScan(ctx, lifecycle);
        scan.clearTrash();
        scan.run(false);
        this.sweeper = sweepInterval == null ? null
                : new Sweeper(scan, sweepInterval, ctx.paths.root().toString());
    }

    @Override
    public Appended append(SessionId id, List<MessageDraft> drafts, Expect expect) {
        return appender.awaitDurable(ctx.withSession(id, false, h -> appender.append(h, drafts, expect)));
    }

    @Override
    public List<ChatMessage> read(SessionId id, MessageRange range) {
        return ctx.withSession(id, true, h -> {
            h.requireLive(ctx.now());
            return reader.read(h, range);
        });
    }

    @Override
    public long trim(SessionId id, long throughSeq) {
        return ctx.withSession(id, true, h -> trimmer.trim(h, throughSeq));
    }

    @Override
    public StoreHealth health() {
        return new StoreHealth(StoreHealth.Status.UP, "json files in " + ctx.paths.root(),
                Map.of("directory", ctx.paths.root().toString(), "fsync", ctx.fsync.name().toLowerCase(
                        java.util.Locale.ROOT)));
    }

    /** Runs one sweep now: removes expired sessions and re-reads the listing index (for tests). */
    void sweepNow() throws IOException {
        scan.run(true);
    }

    /**
     * Refuses new calls at once; waits up to {@link #CLOSE_WAIT} for the calls already running,
     * which complete normally (what they acknowledge is durable as the fsync mode says). If
     * some are still running then (blocked behind another process's lock, say), close returns
     * and the last of them releases this store's share of the directory's locks as it finishes.
     */
    @Override
    public void close() {
        if (sweeper != null) {
            sweeper.close();
        }
        try {
            if (!ctx.close(CLOSE_WAIT)) {
                LOG.info("closed {} with calls still running; they finish normally and the last one"
                        + " releases the store's locks", ctx.paths.root());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
