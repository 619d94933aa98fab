package dev.multichat.app.cli;

import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import dev.multichat.api.Ttl;
import dev.multichat.app.transfer.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds a source store with awkward data: several owners, messages with and without ids, tool
 * messages with attributes, multi-line and non-ASCII content, metadata, TTLs, an empty session,
 * and distinct message times (each append at its own instant, some batches of several).
 */
final class Corpus {

    static final List<String> OWNERS = List.of("alice", "bob");

    private Corpus() {
    }

    static void build(String uri, int sessions, int messages) {
        SettableClock clock = new SettableClock();
        Instant t = Instant.parse("2026-01-01T00:00:00.123Z");
        try (SessionStore store = SessionStores.open(StoreConfig.of(uri).withClock(clock))) {
            for (int s = 0; s < sessions; s++) {
                clock.pin(t = t.plusMillis(7));
                NewSession spec = NewSession.of("chat-" + s, OWNERS.get(s % OWNERS.size()))
                        .withTitle("Chat " + s + " «ünïcode»").withMetadata(Map.of("n", Integer.toString(s)));
                store.create(s % 3 == 0 ? spec.withTtl(Ttl.sliding(Duration.ofDays(3650))) : spec);
                for (int m = 0; m < messages; m += 2) {
                    clock.pin(t = t.plusMillis(3));
                    store.append(spec.id(), batch(s, m));
                }
            }
            clock.pin(t.plusMillis(1));
            store.create(NewSession.of("empty", "alice"));
        }
    }

    private static List<MessageDraft> batch(int s, int m) {
        List<MessageDraft> drafts = new ArrayList<>();
        MessageDraft user = MessageDraft.of(Role.USER, "user-" + s, "line one\nline two \"quoted\" \u00e9\u4e2d " + m);
        drafts.add(m % 4 == 0 ? user.withId("u-" + s + "-" + m) : user);
        drafts.add(MessageDraft.of(Role.TOOL, "agent-4", "{\"result\": " + m + "}")
                .withAttributes(Map.of("tool_call_id", "call-" + m, "model", "m1")));
        return drafts;
    }
}
