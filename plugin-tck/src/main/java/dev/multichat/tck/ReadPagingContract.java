package dev.multichat.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.tck.support.MutableClock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Reading a long history in pages, and reads after a trim. */
public interface ReadPagingContract extends StoreFixture {

    @Test
    @DisplayName("Read paging: Paging with after(last seen seq, limit) reads every message exactly once, in order.")
    default void afterPagingReadsEverythingOnce() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            store.append(id, Samples.drafts("m", 50));
            List<ChatMessage> seen = new ArrayList<>();
            List<ChatMessage> page = store.read(id, MessageRange.after(0, 7));
            while (!page.isEmpty()) {
                assertThat(page).hasSizeLessThanOrEqualTo(7);
                seen.addAll(page);
                page = store.read(id, MessageRange.after(page.get(page.size() - 1).seq(), 7));
            }
            assertThat(seen).isEqualTo(Samples.all(store, id));
            assertThat(Samples.seqs(seen)).isEqualTo(Samples.range(1, 50));
        }
    }

    @Test
    @DisplayName("Read paging: No read returns a trimmed message: all, tail and after start above the trim point.")
    default void readsNeverReturnTrimmedMessages() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            store.append(id, Samples.drafts("m", 10));
            store.trim(id, 6);
            assertThat(Samples.seqs(Samples.all(store, id))).containsExactly(7L, 8L, 9L, 10L);
            assertThat(Samples.seqs(store.tail(id, 8))).containsExactly(7L, 8L, 9L, 10L);
            assertThat(Samples.seqs(store.read(id, MessageRange.after(0, 2)))).containsExactly(7L, 8L);
            assertThat(Samples.seqs(store.read(id, MessageRange.after(3, 100)))).containsExactly(7L, 8L, 9L, 10L);
        }
    }

    @Test
    @DisplayName("Read paging: After trimming everything, every read is empty until the next append, which continues"
            + " the seqs.")
    default void readsAfterFullTrim() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            store.append(id, Samples.drafts("m", 3));
            store.trim(id, 3);
            assertThat(Samples.all(store, id)).isEmpty();
            assertThat(store.tail(id, 5)).isEmpty();
            store.append(id, Samples.drafts("n", 2));
            assertThat(Samples.seqs(store.tail(id, 5))).containsExactly(4L, 5L);
        }
    }

    @Test
    @DisplayName("Read paging: tail of a long history returns the newest messages across many appended batches.")
    default void tailSpansBatches() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            for (int batch = 0; batch < 20; batch++) {
                store.append(id, Samples.drafts("b" + batch, 3));
            }
            assertThat(Samples.contents(store.tail(id, 4))).containsExactly("b18-3", "b19-1", "b19-2", "b19-3");
            assertThat(Samples.seqs(store.read(id, MessageRange.after(55, 10)))).containsExactly(56L, 57L, 58L, 59L,
                    60L);
        }
    }

    @Test
    @DisplayName("Read paging: Each message keeps the time of its own append; later writes do not change it.")
    default void messagesKeepTheirOwnTime() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            SessionId id = Samples.create(store, "s1").id();
            store.append(id, Samples.drafts("first", 2));
            clock.advance(java.time.Duration.ofSeconds(5));
            store.append(id, Samples.drafts("second", 1));
            store.update(id, dev.multichat.api.SessionPatch.title("t"), dev.multichat.api.Expect.any());
            store.trim(id, 1);
            assertThat(Samples.all(store, id)).extracting(ChatMessage::at)
                    .containsExactly(MutableClock.START, MutableClock.START.plusSeconds(5));
        }
    }
}
