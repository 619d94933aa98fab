package dev.multichat.hybrid.internal.mirror;

import dev.multichat.api.ChatSession;
import dev.multichat.hybrid.internal.tier.Stamp;
import java.util.Map;
import java.util.Optional;

/**
 * A cached copy's stamp to and from its metadata: one entry, {@code hybrid.state}, whose value is
 * {@code filling}, {@code stale}, or, for a committed copy,
 * {@code ok;<epoch>;<version>;<expiry or empty>;<first>;<last>;<offset>;<complete 1/0>} (one
 * metadata entry rather than eight: the fast tier parses and checks one entry per read, and a
 * stale mark still replaces the whole stamp). Stateless.
 */
final class MirrorCodec {
    private static final String OK = "ok;";
    private static final char SEP = ';';
    private static final int FIELDS = 7;

    private MirrorCodec() {
    }

    static Map<String, String> write(MirrorState state) {
        Window window = state.window();
        String stamp = OK + state.epoch() + SEP + state.version() + SEP
                + (state.expiresAt() == null ? "" : Instants.text(state.expiresAt())) + SEP
                + window.first() + SEP + window.last() + SEP + window.offset() + SEP + (window.complete() ? 1 : 0);
        return Map.of(Stamp.STATE, stamp);
    }

    /** @return the copy's stamp, or empty if it is not a complete, committed copy (stale, filling, foreign) */
    static Optional<MirrorState> read(ChatSession copy) {
        String stamp = copy.info().metadata().get(Stamp.STATE);
        if (stamp == null || !stamp.startsWith(OK)) {
            return Optional.empty();
        }
        String[] fields = new String[FIELDS];
        int start = OK.length();
        for (int i = 0; i < FIELDS - 1; i++) {
            int end = stamp.indexOf(SEP, start);
            if (end < 0) {
                return Optional.empty();
            }
            fields[i] = stamp.substring(start, end);
            start = end + 1;
        }
        fields[FIELDS - 1] = stamp.substring(start);
        try {
            Window window = new Window(Long.parseLong(fields[3]), Long.parseLong(fields[4]),
                    Long.parseLong(fields[5]), "1".equals(fields[6]));
            return Optional.of(new MirrorState(fields[0], Long.parseLong(fields[1]),
                    fields[2].isEmpty() ? null : Instants.parse(fields[2]), window));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
