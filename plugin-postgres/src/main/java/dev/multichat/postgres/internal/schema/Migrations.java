package dev.multichat.postgres.internal.schema;

import dev.multichat.api.PluginException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The schema's versions, kept in the one-row table {@code <schema>.multichat_schema}. Version n
 * is built by the resource {@code schema-v<n>.sql} applied on top of version n-1. Opening a
 * store applies the missing versions forward in one transaction that first takes a
 * transaction-scoped advisory lock on the schema's name, so several instances starting at once
 * migrate it exactly once (the others wait, then find it current). A schema newer than this
 * code is refused and left untouched (the transaction is rolled back).
 */
public final class Migrations {
    /** The schema version this code reads and writes. */
    public static final int CURRENT = 1;

    /** Advisory lock namespace (first key) for multichat's migrations: "mc" + 1. */
    private static final int LOCK_CLASS = 0x6d6301;

    private Migrations() {
    }

    /**
     * Brings {@code schema} to {@link #CURRENT}, creating it if needed.
     *
     * @param connection a connection in auto-commit mode; returned in auto-commit mode
     * @param schema the unquoted schema name
     * @param quoted the quoted schema name
     * @return the version found before migrating (0 for a new schema)
     * @throws SQLException if the server fails
     * @throws PluginException if the schema is newer than this code
     */
    public static int migrate(Connection connection, String schema, String quoted) throws SQLException {
        connection.setAutoCommit(false);
        try {
            lock(connection, schema);
            int found = version(connection, quoted);
            refuseNewer(schema, found);
            try (Statement st = connection.createStatement()) {
                for (int v = found + 1; v <= CURRENT; v++) {
                    for (String statement : SchemaScript.statements(v, quoted)) {
                        st.execute(statement);
                    }
                }
                if (found < CURRENT) {
                    st.execute("DELETE FROM " + quoted + ".multichat_schema");
                    st.execute("INSERT INTO " + quoted + ".multichat_schema (version) VALUES (" + CURRENT + ")");
                }
            }
            connection.commit();
            return found;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static void lock(Connection connection, String schema) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT pg_advisory_xact_lock(?, hashtext(?))")) {
            st.setInt(1, LOCK_CLASS);
            st.setString(2, schema);
            st.execute();
        }
    }

    private static int version(Connection connection, String quoted) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE SCHEMA IF NOT EXISTS " + quoted);
            st.execute("CREATE TABLE IF NOT EXISTS " + quoted + ".multichat_schema (version int NOT NULL)");
            try (ResultSet rs = st.executeQuery("SELECT max(version) FROM " + quoted + ".multichat_schema")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static void refuseNewer(String schema, int version) {
        if (version > CURRENT) {
            throw new PluginException("postgresql schema " + schema + " has multichat schema version "
                    + version + ", newer than version " + CURRENT + " that this multichat-plugin-postgres"
                    + " understands; it was left unchanged: upgrade multichat to the version that wrote"
                    + " it, or point the store at another schema");
        }
    }
}
