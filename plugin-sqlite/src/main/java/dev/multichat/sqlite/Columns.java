package dev.multichat.sqlite;

import dev.multichat.api.Role;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The column lists of the schema's two tables, written once: every statement that reads or
 * inserts whole rows lists its columns from here, and {@link RowMapping} reads them by the
 * positions given here. The tables themselves are defined by the {@code schema-v*.sql}
 * resources.
 */
final class Columns {
    /** Bit of {@link Message#KIND} set when the message has an id. */
    static final int HAS_ID = 8;
    /** Bit of {@link Message#KIND} set when the message has attributes. */
    static final int HAS_ATTRIBUTES = 16;
    /** The low bits of {@link Message#KIND}: the role's ordinal, or this for a role not in {@link Role}. */
    static final int UNKNOWN_ROLE = 7;
    /** The mask of the role in {@link Message#KIND}. */
    static final int ROLE_MASK = 7;

    private Columns() {
    }

    /** The columns of {@code sessions}, in the order every statement lists them. */
    enum Session {
        ID, OWNER, TITLE, METADATA, TTL_MS, TTL_SLIDING, CREATED_AT, UPDATED_AT, EXPIRES_AT, VERSION, LAST_SEQ;

        /** The columns, comma-separated. */
        static final String LIST = Arrays.stream(values()).map(c -> c.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));

        /** @return the column's 1-based position in {@link #LIST} (for ResultSet getters and binds) */
        int at() {
            return ordinal() + 1;
        }
    }

    /**
     * What a read selects of {@code messages} (alias {@code m}), in order. {@link #KIND} packs
     * the role and whether the rarely set id and attributes are there into one integer, so a
     * typical row costs five column reads through the driver instead of seven, and the role is
     * no string to decode; {@link #MSG_ID} and {@link #ATTRIBUTES} are read only when flagged.
     */
    enum Message {
        SEQ("m.seq"), AT("m.at"), KIND(kind()), AUTHOR("m.author"), CONTENT("m.content"),
        MSG_ID("m.msg_id"), ATTRIBUTES("m.attributes");

        /** The select list. */
        static final String LIST = Arrays.stream(values()).map(c -> c.expression)
                .collect(Collectors.joining(", "));
        /** The stored columns, for an INSERT: {@code session_id}, those listed here but {@link #KIND}, {@code role}. */
        static final String INSERT = "session_id" + Arrays.stream(values()).filter(c -> c != KIND)
                .map(c -> ", " + c.expression.substring(2)).collect(Collectors.joining()) + ", role";

        private final String expression;

        Message(String expression) {
            this.expression = expression;
        }

        /** @return the column's 1-based position in {@link #LIST} */
        int at() {
            return ordinal() + 1;
        }

        private static String kind() {
            StringBuilder sql = new StringBuilder("(CASE m.role");
            for (Role role : Role.values()) {
                sql.append(" WHEN '").append(role.name()).append("' THEN ").append(role.ordinal());
            }
            return sql.append(" ELSE ").append(UNKNOWN_ROLE).append(" END) + (m.msg_id IS NOT NULL) * ")
                    .append(HAS_ID).append(" + (m.attributes <> '') * ").append(HAS_ATTRIBUTES).toString();
        }
    }
}
