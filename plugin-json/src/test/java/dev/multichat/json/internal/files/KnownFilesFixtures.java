package dev.multichat.json.internal.files;

import dev.multichat.api.SessionInfo;
import dev.multichat.api.SessionState;
import dev.multichat.json.internal.fs.FileStamp;
import dev.multichat.json.internal.log.Commit;
import dev.multichat.json.internal.log.LogScanner;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

/** Values for {@link KnownFilesTest}: stamps, metadata, commits and log extensions, no files. */
final class KnownFilesFixtures {
    static final Instant T0 = Instant.parse("2026-12-01T12:00:00Z");

    private KnownFilesFixtures() {
    }

    /** Messages {@code first..last}, 100 bytes apart from offset (first - 1) * 100, and their commit. */
    static LogExtension messages(long first, long last, long end) {
        return (from, into) -> {
            for (long seq = first; seq <= last; seq++) {
                into.add(seq, (seq - 1) * 100, "m" + seq);
            }
            return new LogScanner.Scanned(end, from.goodLines() + (int) (last - first) + 2, commit(last), 0);
        };
    }

    static Commit commit(long lastSeq) {
        return new Commit(lastSeq + 1, lastSeq, T0, null, 0);
    }

    static FileStamp stamp(long n) {
        return new FileStamp("meta-" + n, n, FileTime.from(T0.plusSeconds(n)));
    }

    static SessionMeta meta(String generation, Instant expiresAt) {
        return new SessionMeta(generation, SessionInfo.of("alice"), new SessionState(T0, T0, expiresAt, 1, 0));
    }
}
