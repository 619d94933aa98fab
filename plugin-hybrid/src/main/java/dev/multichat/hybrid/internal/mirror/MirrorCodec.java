package dev.multichat.hybrid.internal.mirror;

import dev.multichat.api.ChatSession;
import dev.multichat.hybrid.internal.tier.Stamp;
import dev.multichat.spi.IsoInstant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A cached copy's stamp to and from its metadata. Stateless. */
final class MirrorCodec {
    private static final String VERSION = "hybrid.version";
    private static final String EXPIRES = "hybrid.expires";
    private static final String FIRST = "hybrid.first";
    private static final String LAST = "hybrid.last";
    private static final String OFFSET = "hybrid.offset";
    private static final String COMPLETE = "hybrid.complete";

    private MirrorCodec() {
    }

    static Map<String, String> write(MirrorState state) {
        Map<String, String> metadata = new HashMap<>();
        metadata.put(Stamp.STATE, "ok");
        metadata.put(Stamp.EPOCH, state.epoch());
        metadata.put(VERSION, Long.toString(state.version()));
        metadata.put(EXPIRES, state.expiresAt() == null ? "" : state.expiresAt().toString());
        Window window = state.window();
        metadata.put(FIRST, Long.toString(window.first()));
        metadata.put(LAST, Long.toString(window.last()));
        metadata.put(OFFSET, Long.toString(window.offset()));
        metadata.put(COMPLETE, Boolean.toString(window.complete()));
        return metadata;
    }

    /** @return the copy's stamp, or empty if it is not a complete, committed copy (stale, filling, foreign) */
    static Optional<MirrorState> read(ChatSession copy) {
        Map<String, String> metadata = copy.info().metadata();
        if (!"ok".equals(metadata.get(Stamp.STATE))) {
            return Optional.empty();
        }
        try {
            String expires = metadata.getOrDefault(EXPIRES, "");
            Window window = new Window(number(metadata, FIRST), number(metadata, LAST), number(metadata, OFFSET),
                    Boolean.parseBoolean(metadata.get(COMPLETE)));
            return Optional.of(new MirrorState(metadata.getOrDefault(Stamp.EPOCH, ""), number(metadata, VERSION),
                    expires.isEmpty() ? null : IsoInstant.parse(expires), window));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static long number(Map<String, String> metadata, String key) {
        return Long.parseLong(metadata.get(key));
    }
}
