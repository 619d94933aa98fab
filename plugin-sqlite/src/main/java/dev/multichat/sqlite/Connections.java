package dev.multichat.sqlite;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Opens the three kinds of connection a store uses: probe, writer and the reader pool. */
final class Connections {
    private static final long MIN_POOL_TIMEOUT_MS = 250;

    private Connections() {
    }

    private static String url(Path file) {
        return "jdbc:sqlite:" + file;
    }

    /**
     * @return a read-only connection that neither creates nor changes anything, used to look
     *     at an existing file before the store writes to it. Without a {@code -wal} file no
     *     connection has the database open in WAL mode, so it is opened {@code immutable}, which
     *     creates no {@code -wal} or {@code -shm} file; with one, those files exist already.
     */
    static Connection probe(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        boolean walInUse = Files.exists(file.resolveSibling(file.getFileName() + "-wal"));
        String url = walInUse ? url(file) : "jdbc:sqlite:" + file.toUri() + "?immutable=1";
        return config.createConnection(url);
    }

    /** @return the writer: WAL, the configured synchronous level, foreign keys, busy timeout */
    static Connection writer(SqliteSettings settings, Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(settings.synchronous() == SqliteSettings.Synchronous.FULL
                ? SQLiteConfig.SynchronousMode.FULL : SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(Math.toIntExact(settings.busyTimeout().toMillis()));
        // otherwise sqlite-jdbc matches every update against a regex and, for an INSERT,
        // prepares and runs "SELECT last_insert_rowid()"; no caller reads generated keys
        config.setGetGeneratedKeys(false);
        return config.createConnection(url(file));
    }

    /**
     * @return a pool of read-only connections; SQLite in WAL mode serves any number of readers
     *     beside one writer, so the pool is sized for the reading threads, not for the disk
     */
    static HikariDataSource readers(SqliteSettings settings, Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(Math.toIntExact(settings.busyTimeout().toMillis()));
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl(url(file));
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(source);
        pool.setPoolName("multichat-sqlite-readers");
        pool.setMaximumPoolSize(settings.pool());
        pool.setMinimumIdle(1);
        // SQLite file connections do not go stale; keeping them keeps their prepared statements
        pool.setMaxLifetime(0);
        pool.setIdleTimeout(0);
        pool.setConnectionTimeout(Math.max(MIN_POOL_TIMEOUT_MS, settings.busyTimeout().toMillis()));
        pool.setAutoCommit(true);
        pool.setReadOnly(true);
        return new HikariDataSource(pool);
    }
}
