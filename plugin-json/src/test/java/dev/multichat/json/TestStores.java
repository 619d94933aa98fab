package dev.multichat.json;

import dev.multichat.api.MessageDraft;
import dev.multichat.api.Role;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import dev.multichat.json.internal.fs.FileOps;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Opening test stores on real directories, and sample drafts. */
final class TestStores {
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private TestStores() {
    }

    /** @return a store opened through the registry, as users open it */
    static SessionStore open(Path dir, String options) {
        return open(dir, options, Clock.fixed(T0, ZoneOffset.UTC));
    }

    static SessionStore open(Path dir, String options, Clock clock) {
        String query = options.isEmpty() ? "?sweep=off" : "?sweep=off&" + options;
        return SessionStores.open(StoreConfig.of("json:" + dir + query).withClock(clock));
    }

    /** @return a store opened directly on the provider with the given file operations */
    static SessionStore direct(Path dir, FileOps ops, String options) {
        String query = options.isEmpty() ? "?sweep=off" : "?sweep=off&" + options;
        return SessionStores.open(StoreConfig.of("json:" + dir + query)
                .withClock(Clock.fixed(T0, ZoneOffset.UTC)), new JsonStoreProvider(ops));
    }

    /** @return n user drafts with ids prefix-0, prefix-1, ... */
    static List<MessageDraft> drafts(String prefix, int n) {
        List<MessageDraft> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(MessageDraft.of(Role.USER, "alice", "message " + prefix + "-" + i + " \"quoted\"\nline")
                    .withId(prefix + "-" + i));
        }
        return out;
    }

    static MessageDraft draft(String text) {
        return MessageDraft.of(Role.ASSISTANT, "agent-4", text);
    }
}
