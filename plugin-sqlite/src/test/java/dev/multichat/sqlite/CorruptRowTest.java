package dev.multichat.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.CorruptDataException;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows that do not form valid records fail alone, naming the file, table and row. */
class CorruptRowTest {
    @TempDir
    Path dir;

    @Test
    void badRowsNameTheirTableAndRowAndSpareTheRest() throws Exception {
        Path file = dir.resolve("rows.db");
        try (SessionStore store = Stores.open(file)) {
            store.create(NewSession.of("good", "owner"));
            store.create(NewSession.of("bad-meta", "owner"));
            store.create(NewSession.of("bad-role", "owner"));
            store.append(SessionId.of("bad-role"), List.of(Stores.draft("fine"), Stores.draft("spoilt")));
            RawSql.exec(file, "UPDATE sessions SET metadata = '9:k' WHERE id = 'bad-meta'",
                    "UPDATE messages SET role = 'WIZARD' WHERE session_id = 'bad-role' AND seq = 2");
            assertThatThrownBy(() -> store.find(SessionId.of("bad-meta")))
                    .isInstanceOf(CorruptDataException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining("table sessions, row id='bad-meta'");
            assertThatThrownBy(() -> store.read(SessionId.of("bad-role"), MessageRange.all()))
                    .isInstanceOf(CorruptDataException.class)
                    .hasMessageContaining("session_id='bad-role' seq=2");
            assertThat(store.find(SessionId.of("good"))).isPresent();
            assertThat(store.read(SessionId.of("bad-role"), MessageRange.after(0, 1)).get(0).content())
                    .isEqualTo("fine");
        }
    }

    @Test
    void tailBelowTheBadRowStillReads() throws Exception {
        Path file = dir.resolve("tail.db");
        try (SessionStore store = Stores.open(file)) {
            store.create(NewSession.of("s", "owner"));
            store.append(SessionId.of("s"), List.of(Stores.draft("a"), Stores.draft("b")));
            RawSql.exec(file, "UPDATE messages SET attributes = 'x' WHERE seq = 1");
            assertThat(store.tail(SessionId.of("s"), 1)).hasSize(1);
            assertThatThrownBy(() -> store.tail(SessionId.of("s"), 2)).isInstanceOf(CorruptDataException.class);
        }
    }

    /** Rows read before and changed since (outside the store) are decoded again, never served as they were. */
    @Test
    void aRowChangedSinceItWasReadIsDecodedAgain() throws Exception {
        Path file = dir.resolve("changed.db");
        try (SessionStore store = Stores.open(file, "pool=1")) {
            store.create(NewSession.of("s", "owner"));
            store.append(SessionId.of("s"), List.of(Stores.draft("a"), Stores.draft("b")));
            assertThat(store.tail(SessionId.of("s"), 2)).extracting(m -> m.content()).containsExactly("a", "b");
            assertThat(store.find(SessionId.of("s")).orElseThrow().info().title()).isEmpty();
            RawSql.exec(file, "UPDATE messages SET content = 'edited' WHERE seq = 1",
                    "UPDATE messages SET role = 'WIZARD' WHERE seq = 2",
                    "UPDATE sessions SET title = 'renamed outside' WHERE id = 's'");
            assertThat(store.find(SessionId.of("s")).orElseThrow().info().title()).isEqualTo("renamed outside");
            assertThat(store.append(SessionId.of("s"), List.of(Stores.draft("c"))).session().info().title())
                    .isEqualTo("renamed outside");
            assertThatThrownBy(() -> store.read(SessionId.of("s"), MessageRange.after(1, 1)))
                    .isInstanceOf(CorruptDataException.class)
                    .hasMessageContaining("session_id='s' seq=2");
            assertThat(store.read(SessionId.of("s"), MessageRange.after(0, 1)).get(0).content()).isEqualTo("edited");
        }
    }

    /** A constraint failure is reported as what it is, not guessed to be a repeated message id. */
    @Test
    void aSeqBehindTheStoredMessagesIsReportedAsCorruptNotAsBadInput() throws Exception {
        Path file = dir.resolve("seq.db");
        try (SessionStore store = Stores.open(file)) {
            store.create(NewSession.of("s", "owner"));
            store.append(SessionId.of("s"), List.of(Stores.draft("a"), Stores.draft("b")));
            RawSql.exec(file, "UPDATE sessions SET last_seq = 1 WHERE id = 's'");
            assertThatThrownBy(() -> store.append(SessionId.of("s"), List.of(Stores.draft("c"))))
                    .isInstanceOf(CorruptDataException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining("appending to session 's'")
                    .hasMessageContaining("messages.session_id, messages.seq")
                    .hasMessageNotContaining("message id");
            assertThat(store.read(SessionId.of("s"), MessageRange.all())).hasSize(2);
        }
    }

    @Property(tries = 300)
    void mapCodecRoundTrips(@ForAll @Size(max = 8) Map<String, String> map) {
        Map<String, String> clean = new java.util.HashMap<>(map);
        assertThat(MapCodec.decode(MapCodec.encode(clean))).isEqualTo(clean);
    }

    @Property(tries = 300)
    void mapCodecRejectsGarbageOnlyWithIllegalArgument(@ForAll String text) {
        try {
            MapCodec.decode(text);
        } catch (IllegalArgumentException expected) {
            assertThat(expected).isNotNull();
        }
    }
}
