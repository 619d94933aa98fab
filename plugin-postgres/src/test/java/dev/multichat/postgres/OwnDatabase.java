package dev.multichat.postgres;

import dev.multichat.postgres.testing.SharedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A database of its own on the shared server, with one server setting changed for every
 * connection to it ({@code ALTER DATABASE ... SET}), as a DBA would set it: the store's pool
 * and the test's raw connections get it without the store knowing.
 *
 * @param name the database's name
 */
record OwnDatabase(String name) {
    /**
     * @return the database, created on first use with {@code setting = value}
     */
    static OwnDatabase with(String name, String setting, String value) throws SQLException {
        if (RawSql.column("SELECT datname FROM pg_database WHERE datname = '" + name + "'").isEmpty()) {
            RawSql.execute("CREATE DATABASE " + name);
            RawSql.execute("ALTER DATABASE " + name + " SET " + setting + " = '" + value + "'");
        }
        return new OwnDatabase(name);
    }

    /** @return a store URI on {@code schema} of this database */
    String uri(String schema, String options) {
        return "postgresql://localhost:" + SharedPostgres.port() + "/" + name + "?user=postgres&schema=" + schema
                + options;
    }

    /** @return a new connection to this database as {@code postgres}, outside any store */
    Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + SharedPostgres.port() + "/" + name,
                "postgres", "");
    }

    /** @return a counter of {@code pg_stat_database} for this database (e.g. xact_rollback, deadlocks) */
    long stat(String column) throws SQLException {
        return Long.parseLong(RawSql.column("SELECT " + column + " FROM pg_stat_database WHERE datname = '" + name
                + "'").get(0));
    }

    /** @return how many of this database's backends wait for a lock now */
    int waitingForLocks() throws SQLException {
        return Poll.backends("datname = '" + name + "' AND wait_event_type = 'Lock'");
    }
}
