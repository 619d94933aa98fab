package dev.multichat.sqlite;

import dev.multichat.api.SessionInfo;
import dev.multichat.api.Ttl;
import dev.multichat.sqlite.Columns.Session;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

/**
 * The columns of a {@code sessions} row that form its {@link SessionInfo}, as the driver handed
 * them over: the info is a function of exactly these values ({@link #decode}).
 *
 * @param texts the UTF-8 bytes of owner, title and encoded metadata
 * @param ttlMs the TTL's length in milliseconds, 0 for none
 * @param sliding whether the TTL slides
 */
record RawInfo(byte[][] texts, long ttlMs, boolean sliding) {
    /**
     * @param rs a row of {@link Session#LIST}
     * @return the row's info columns
     */
    static RawInfo read(ResultSet rs) throws SQLException {
        byte[][] texts = {rs.getBytes(Session.OWNER.at()), rs.getBytes(Session.TITLE.at()),
            rs.getBytes(Session.METADATA.at())};
        long ttlMs = rs.getLong(Session.TTL_MS.at());
        return new RawInfo(texts, ttlMs, ttlMs != 0 && rs.getInt(Session.TTL_SLIDING.at()) != 0);
    }

    /**
     * @return the info; the record constructors check it
     * @throws RuntimeException if the values form no valid info
     */
    SessionInfo decode() {
        Ttl ttl = ttlMs == 0 ? Ttl.NONE : new Ttl(Duration.ofMillis(ttlMs), sliding);
        String metadata = utf8(texts[2]);
        return new SessionInfo(utf8(texts[0]), utf8(texts[1]),
                metadata.isEmpty() ? Map.of() : MapCodec.decode(metadata), ttl);
    }

    /** @return whether {@code other} holds the same values, byte for byte */
    boolean sameAs(RawInfo other) {
        return ttlMs == other.ttlMs && sliding == other.sliding && Arrays.deepEquals(texts, other.texts);
    }

    private static String utf8(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}
