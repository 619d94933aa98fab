package dev.multichat.sqlite;

import dev.multichat.api.MessageDraft;
import dev.multichat.api.Role;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import java.nio.file.Path;
import java.time.Clock;

/** Opens stores for tests, always through {@link SessionStores} as users do. */
final class Stores {
    private Stores() {
    }

    static SessionStore open(Path file, Clock clock, String... options) {
        StringBuilder uri = new StringBuilder("sqlite:").append(file);
        for (int i = 0; i < options.length; i++) {
            uri.append(i == 0 ? '?' : '&').append(options[i]);
        }
        return SessionStores.open(StoreConfig.of(uri.toString()).withClock(clock));
    }

    static SessionStore open(Path file, String... options) {
        return open(file, Clock.systemUTC(), options);
    }

    static MessageDraft draft(String content) {
        return MessageDraft.of(Role.USER, "alice", content);
    }
}
