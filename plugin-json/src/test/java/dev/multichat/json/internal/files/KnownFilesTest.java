package dev.multichat.json.internal.files;

import static dev.multichat.json.internal.files.KnownFilesFixtures.T0;
import static dev.multichat.json.internal.files.KnownFilesFixtures.commit;
import static dev.multichat.json.internal.files.KnownFilesFixtures.messages;
import static dev.multichat.json.internal.files.KnownFilesFixtures.meta;
import static dev.multichat.json.internal.files.KnownFilesFixtures.stamp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.SessionId;
import dev.multichat.api.SessionNotFoundException;
import dev.multichat.json.internal.log.LogScanner;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The transitions of what a store instance knows of a session's files, and the invariants they
 * refuse to break. No files are touched: the stamps, metadata and log extensions are values.
 */
class KnownFilesTest {
    private final AtomicInteger forgotten = new AtomicInteger();
    private final KnownFiles known = new KnownFiles(SessionId.of("s"), forgotten::incrementAndGet);

    @Test
    void startsAbsentAndMetadataAloneMakesASessionThatExpires() {
        assertThat(known.files().meta()).isNull();
        assertThat(known.current()).isNull();
        assertThatThrownBy(() -> known.requireLive(T0)).isInstanceOf(SessionNotFoundException.class);
        known.metaRead(stamp(1), meta("g1", T0.plusSeconds(60)));
        assertThat(known.requireLive(T0).lastSeq()).isZero();
        assertThatThrownBy(() -> known.requireLive(T0.plusSeconds(60))).isInstanceOf(SessionNotFoundException.class);
        assertThat(known.current()).as("expired, not gone").isNotNull();
    }

    @Test
    void aSessionAppendedToIsLoadedAndIndexed() throws Exception {
        known.metaRead(stamp(1), meta("g1", null));
        known.extendLog("log-1", messages(1, 3, 300));
        assertThat(known.index().count()).isEqualTo(3);
        assertThat(known.index().offsetOf(2)).isEqualTo(100);
        assertThat(known.files().scanned().goodEnd()).isEqualTo(300);
        assertThat(known.requireLive(T0).lastSeq()).as("the log's commit is newer than the metadata").isEqualTo(3);
        known.extendLog("log-1", messages(4, 4, 400));
        assertThat(known.index().lastSeq()).isEqualTo(4);
    }

    @Test
    void theSameGenerationKeepsTheLogAndANewOneForgetsIt() throws Exception {
        known.metaRead(stamp(1), meta("g1", null));
        known.extendLog("log-1", messages(1, 3, 300));
        int before = forgotten.get();
        known.metaRead(stamp(2), meta("g1", null));
        assertThat(known.index().count()).as("an update of the metadata").isEqualTo(3);
        assertThat(forgotten.get()).isEqualTo(before);
        known.metaRead(stamp(3), meta("g2", null));
        assertThat(known.index().count()).as("a re-created session").isZero();
        assertThat(known.files().logKey()).isNull();
        assertThat(forgotten.get()).as("the handle closes its channel").isEqualTo(before + 1);
    }

    @Test
    void absentAndLogReplacedForgetWhatTheySay() throws Exception {
        known.metaRead(stamp(1), meta("g1", null));
        known.extendLog("log-1", messages(1, 2, 200));
        known.logReplaced();
        assertThat(known.files().meta()).isNotNull();
        assertThat(known.files().scanned().goodEnd()).isZero();
        assertThat(known.index().count()).isZero();
        known.extendLog("log-2", messages(1, 2, 200));
        known.absent();
        assertThat(known.files()).isEqualTo(SessionFiles.ABSENT);
        assertThat(known.current()).isNull();
    }

    @Test
    void aFailedOrInconsistentExtensionForgetsTheLog() throws Exception {
        known.metaRead(stamp(1), meta("g1", null));
        known.extendLog("log-1", messages(1, 2, 200));
        assertThatThrownBy(() -> known.extendLog("log-1", (from, into) -> {
            into.add(3, 200, null);
            return new LogScanner.Scanned(300, 4, commit(4), 0);
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("commit");
        assertThat(known.index().count()).as("the half-extended index is dropped").isZero();
        assertThat(known.files().logKey()).isNull();
        known.extendLog("log-1", messages(1, 2, 200));
        assertThatThrownBy(() -> known.extendLog("log-1", (from, into) -> {
            into.add(3, 200, null);
            throw new IOException("read failed after a message was indexed");
        })).isInstanceOf(IOException.class);
        assertThat(known.index().count()).as("a rescan must not index message 3 twice").isZero();
    }

    @Test
    void anotherFileAShrinkingPrefixOrNoMetadataIsRefused() throws Exception {
        assertThatThrownBy(() -> known.extendLog("log-1", messages(1, 1, 100)))
                .as("no metadata").isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SessionFiles.ABSENT.withLog("log-1", new LogScanner.Scanned(100, 2, commit(1), 0)))
                .as("no snapshot holds a log without metadata").isInstanceOf(IllegalStateException.class);
        known.metaRead(stamp(1), meta("g1", null));
        known.extendLog("log-1", messages(1, 2, 200));
        assertThatThrownBy(() -> known.extendLog("log-2", messages(3, 3, 300)))
                .as("a replaced log must be forgotten first").isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> known.extendLog("log-1", (from, into) -> new LogScanner.Scanned(100, 1,
                commit(2), 0))).as("shrinking").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void forcedClaimsTheVerifiedPrefix() throws Exception {
        known.metaRead(stamp(1), meta("g1", null));
        known.extendLog("log-1", messages(1, 2, 200));
        assertThat(known.files().scanned().synced()).isZero();
        known.forced();
        assertThat(known.files().scanned().synced()).isEqualTo(200);
    }
}
