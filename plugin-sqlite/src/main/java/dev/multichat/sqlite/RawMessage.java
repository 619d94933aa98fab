package dev.multichat.sqlite;

import dev.multichat.sqlite.Columns.Message;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * One {@code messages} row as the driver handed it over, before decoding: a message record is
 * a function of exactly these values ({@link RowMapping#decode}).
 *
 * @param seq the seq
 * @param at the time, epoch milliseconds
 * @param kind the packed role and flags ({@link Message#KIND})
 * @param texts the UTF-8 bytes of author, content, message id and attributes (the last two
 *     null unless flagged in {@code kind})
 */
record RawMessage(long seq, long at, int kind, byte[][] texts) {
    static final int AUTHOR = 0;
    static final int CONTENT = 1;
    static final int MSG_ID = 2;
    static final int ATTRIBUTES = 3;

    /**
     * @param rs a row of {@link Message#LIST}
     * @param seq its seq, already read
     * @return the row's raw values
     */
    static RawMessage read(ResultSet rs, long seq) throws SQLException {
        int kind = rs.getInt(Message.KIND.at());
        byte[][] texts = new byte[4][];
        texts[AUTHOR] = rs.getBytes(Message.AUTHOR.at());
        texts[CONTENT] = rs.getBytes(Message.CONTENT.at());
        if ((kind & Columns.HAS_ID) != 0) {
            texts[MSG_ID] = rs.getBytes(Message.MSG_ID.at());
        }
        if ((kind & Columns.HAS_ATTRIBUTES) != 0) {
            texts[ATTRIBUTES] = rs.getBytes(Message.ATTRIBUTES.at());
        }
        return new RawMessage(seq, rs.getLong(Message.AT.at()), kind, texts);
    }

    /** @return whether {@code other} holds the same values, byte for byte */
    boolean sameAs(RawMessage other) {
        return seq == other.seq && at == other.at && kind == other.kind && Arrays.deepEquals(texts, other.texts);
    }

    /** @return the content's size in bytes */
    int contentBytes() {
        byte[] content = texts[CONTENT];
        return content == null ? 0 : content.length;
    }
}
