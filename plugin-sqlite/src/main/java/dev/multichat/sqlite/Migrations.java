package dev.multichat.sqlite;

import dev.multichat.api.CorruptDataException;
import dev.multichat.api.PluginException;
import dev.multichat.api.StoreException;
import dev.multichat.sqlite.internal.sql.SqlErrors;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema's versions, kept in {@code PRAGMA user_version}. Version n is built by the
 * resource {@code schema-v<n>.sql} applied on top of version n-1. Opening a store applies the
 * missing versions forward inside one {@code BEGIN IMMEDIATE} transaction (so two processes
 * opening an old file at once migrate it once), and refuses a file whose schema is newer than
 * this code, without changing it.
 */
final class Migrations {
    /** The schema version this code writes and reads. */
    static final int CURRENT = 2;

    private static final String FOREIGN_TABLES = """
            SELECT count(*) FROM sqlite_master
            WHERE type = 'table' AND name NOT LIKE 'sqlite_%'""";

    private Migrations() {
    }

    /**
     * Looks at an existing database through a read-only connection, which reads it through the
     * WAL beside it if there is one (SQLite's recovery: the WAL is the truth).
     *
     * @param doubt what {@link DatabaseFile} found that the WAL may explain, or null; if
     *     given, SQLite's {@code quick_check} must then find the database sound
     * @throws StoreException if the schema is newer than this code, the file holds another
     *     application's tables or is damaged; nothing is changed
     */
    static void probe(Path file, String doubt, SqlErrors errors) {
        try (Connection c = Connections.probe(file); Statement st = c.createStatement()) {
            if (doubt != null) {
                quickCheck(st, file, doubt);
            }
            int version = userVersion(st);
            refuseNewer(file, version);
            try (ResultSet rs = st.executeQuery(FOREIGN_TABLES)) {
                if (version == 0 && rs.next() && rs.getInt(1) > 0) {
                    throw new CorruptDataException("sqlite database " + file + " holds tables of"
                            + " another application (user_version 0); point the store at its own"
                            + " file. The file was left unchanged");
                }
            }
        } catch (SQLException e) {
            throw errors.map(e, "opening the database");
        }
    }

    /**
     * Brings the writer's database to {@link #CURRENT}.
     *
     * @return the version found before migrating
     */
    static int migrate(Connection writer, Path file) throws SQLException {
        try (Statement st = writer.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            try {
                int found = userVersion(st);
                refuseNewer(file, found);
                for (int version = found + 1; version <= CURRENT; version++) {
                    for (String statement : script(version)) {
                        st.execute(statement);
                    }
                }
                st.execute("PRAGMA user_version = " + CURRENT);
                st.execute("COMMIT");
                return found;
            } catch (SQLException | RuntimeException e) {
                try {
                    st.execute("ROLLBACK");
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            }
        }
    }

    private static void quickCheck(Statement st, Path file, String doubt) throws SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA quick_check(1)")) {
            String verdict = rs.next() ? rs.getString(1) : "no result";
            if (!"ok".equals(verdict)) {
                throw new CorruptDataException("sqlite database " + file + " is damaged: " + doubt
                        + ", and read through the write-ahead log beside it SQLite's quick_check"
                        + " reports: " + verdict + "; restore it from a backup. The file was left unchanged");
            }
        }
    }

    private static int userVersion(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void refuseNewer(Path file, int version) {
        if (version > CURRENT) {
            throw new PluginException("sqlite database " + file + " has schema version " + version
                    + ", newer than version " + CURRENT + " that this multichat-plugin-sqlite"
                    + " understands; it was left unchanged: upgrade multichat to the version that"
                    + " wrote it");
        }
    }

    /** @return the statements of {@code schema-v<version>.sql}, comments dropped */
    static List<String> script(int version) {
        String name = "schema-v" + version + ".sql";
        try (InputStream in = Migrations.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new PluginException("schema resource " + name + " is missing from the"
                        + " multichat-plugin-sqlite jar; reinstall the plugin");
            }
            StringBuilder text = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.strip().startsWith("--")) {
                    text.append(line).append('\n');
                }
            }
            List<String> statements = new ArrayList<>();
            for (String statement : text.toString().split(";")) {
                if (!statement.isBlank()) {
                    statements.add(statement.strip());
                }
            }
            return statements;
        } catch (IOException e) {
            throw new PluginException("cannot read schema resource " + name + " from the"
                    + " multichat-plugin-sqlite jar; reinstall the plugin", e);
        }
    }
}
