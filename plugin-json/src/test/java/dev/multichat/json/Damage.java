package dev.multichat.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.Expect;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** A store with a victim and a bystander session, each 3 batches of 2 messages and one update. */
final class Damage {
    static final SessionId VICTIM = SessionId.of("victim");
    static final SessionId BYSTANDER = SessionId.of("bystander");

    private Damage() {
    }

    static void populate(Path dir) {
        try (SessionStore store = TestStores.open(dir, "")) {
            for (SessionId id : new SessionId[] {VICTIM, BYSTANDER}) {
                store.create(NewSession.of(id.value(), "owner"));
                store.update(id, SessionPatch.title("titled"), Expect.version(1));
                for (int b = 0; b < 3; b++) {
                    store.append(id, TestStores.drafts(id.value() + b, 2));
                }
            }
        }
    }

    static Path log(Path dir, SessionId id) {
        return JsonBasicsTest.sessionDir(dir, id.value()).resolve("messages.jsonl");
    }

    static Path meta(Path dir, SessionId id) {
        return JsonBasicsTest.sessionDir(dir, id.value()).resolve("session.json");
    }

    static void truncate(Path file, long size) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, (int) size));
    }

    static void appendBytes(Path file, byte[] extra) throws IOException {
        Files.write(file, extra, java.nio.file.StandardOpenOption.APPEND);
    }

    /** Asserts the bystander session is whole and writable. */
    static void bystanderWorks(SessionStore store) {
        assertThat(store.read(BYSTANDER, MessageRange.all())).hasSize(6);
        assertThat(store.append(BYSTANDER, TestStores.drafts("after", 1)).session().lastSeq()).isEqualTo(7);
    }

    /** @return the offset where line {@code index} (from 0) starts */
    static long lineStart(byte[] bytes, int index) {
        int seen = 0;
        for (int i = 0; i < bytes.length && seen < index; i++) {
            if (bytes[i] == '\n' && ++seen == index) {
                return i + 1;
            }
        }
        return 0;
    }
}
