package dev.multichat.adapter.testing;

import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import java.nio.file.Path;

/** The real stores the adapters' tests run on. */
public final class Stores {

    private Stores() {
    }

    /** @return a SQLite store on {@code dir/chats.db} (the same file each call, so a reopen sees it all) */
    public static SessionStore sqlite(Path dir) {
        return SessionStores.open("sqlite:" + dir.resolve("chats.db"));
    }
}
