package dev.multichat.json;

import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.Page;
import dev.multichat.api.ChatSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionQuery;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import java.util.ArrayList;
import java.util.List;

/**
 * Not a test: prints the README's open figures. {@code populate <dir> <sessions> <perSession>}
 * fills a store (fsync=never, 100 owners); {@code measure <dir>} opens it in this fresh JVM,
 * lists one owner's first page and prints the times and the heap in use after a GC.
 */
final class OpenFigures {
    private OpenFigures() {
    }

    public static void main(String[] args) {
        String uri = "json:" + args[1] + "?sweep=off&fsync=never";
        if ("populate".equals(args[0])) {
            populate(uri, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            return;
        }
        long start = System.nanoTime();
        try (SessionStore store = SessionStores.open(uri)) {
            long opened = System.nanoTime();
            Page<ChatSession> page = store.list(SessionQuery.first("owner-7", 20));
            long listed = System.nanoTime();
            store.tail(page.items().get(0).id(), 20);
            long tailed = System.nanoTime();
            System.gc();
            Runtime rt = Runtime.getRuntime();
            System.out.printf("open %d ms, first page of owner-7 (%d items) %.2f ms, first tail(20) of a"
                    + " session (builds its index) %.2f ms, heap in use after GC %d MiB%n",
                    (opened - start) / 1_000_000, page.items().size(), (listed - opened) / 1e6,
                    (tailed - listed) / 1e6, (rt.totalMemory() - rt.freeMemory()) >> 20);
        }
    }

    private static void populate(String uri, int sessions, int perSession) {
        try (SessionStore store = SessionStores.open(uri)) {
            for (int s = 0; s < sessions; s++) {
                SessionId id = SessionId.of("session-" + s);
                store.create(NewSession.of(id.value(), "owner-" + s % 100).withTitle("conversation " + s));
                List<MessageDraft> batch = new ArrayList<>();
                for (int m = 0; m < perSession; m++) {
                    batch.add(MessageDraft.of(m % 2 == 0 ? Role.USER : Role.ASSISTANT, m % 2 == 0 ? "alice" : "agent-4",
                            "message " + m + " of session " + s + ": a sentence of ordinary chat text, about 120"
                                    + " bytes long in all.").withId("m-" + m));
                    if (batch.size() == 100) {
                        store.append(id, batch);
                        batch.clear();
                    }
                }
                if (!batch.isEmpty()) {
                    store.append(id, batch);
                }
            }
        }
    }
}
