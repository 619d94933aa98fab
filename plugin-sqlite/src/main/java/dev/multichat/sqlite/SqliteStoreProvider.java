package dev.multichat.sqlite;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import dev.multichat.api.StoreConfig;
import dev.multichat.api.StoreUnavailableException;
import dev.multichat.spi.StoreParts;
import dev.multichat.spi.StoreProvider;
import dev.multichat.sqlite.internal.commit.GroupCommit;
import dev.multichat.sqlite.internal.sql.SqlErrors;
import dev.multichat.sqlite.internal.sql.StatementCache;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Set;

/**
 * The {@code sqlite:} store: a SQLite database file through sqlite-jdbc, in WAL mode, with one
 * group-committing writer and a pool of readers.
 *
 * <p>URI: {@code sqlite:<path>}, a relative or absolute file path, e.g.
 * {@code sqlite:data/chats.db} or {@code sqlite:/var/lib/chats.db?synchronous=normal}. The
 * directory must exist; the file is created if it does not. Options:
 * <ul>
 *   <li>{@code synchronous} = {@code full} (default: an acknowledged write survives process
 *       crash, OS crash and power loss) or {@code normal} (survives a process crash; an OS
 *       crash or power loss may lose the last acknowledged writes, never corrupting the file)</li>
 *   <li>{@code busy_timeout} (default {@code 5s}): how long to wait for a lock held by another
 *       process before failing with {@link StoreUnavailableException}</li>
 *   <li>{@code pool} (default 4): read-only connections serving reads in parallel</li>
 *   <li>{@code sweep} (default {@code 1m}, {@code 0} or {@code off} for never): how often
 *       expired sessions' data is deleted (they are hidden at once regardless)</li>
 * </ul>
 *
 * <p>Opening refuses, without changing the file, a missing directory, a file that is not a
 * SQLite database, a truncated file, a read-only file and a schema newer than this plugin;
 * older schemas are migrated forward. Thread-safe; cheap to construct.
 */
public final class SqliteStoreProvider implements StoreProvider {
    /** Creates the provider; nothing is opened until {@link #open}. */
    public SqliteStoreProvider() {
        // ServiceLoader needs a public no-argument constructor.
    }

    @Override
    public String scheme() {
        return "sqlite";
    }

    @Override
    public Set<String> options() {
        return SqliteSettings.OPTIONS;
    }

    @Override
    public boolean fileBased() {
        return true;
    }

    @Override
    public String description() {
        return "SQLite database file (WAL, group commit): sqlite:<path>?synchronous=full|normal";
    }

    @Override
    public StoreParts open(StoreConfig config) {
        SqliteSettings configured = SqliteSettings.from(config);
        DatabaseFile.Checked checked = DatabaseFile.check(configured.path());
        Path file = checked.path();
        SqliteSettings settings = configured.at(file);
        SqlErrors errors = new SqlErrors(file, settings.busyTimeout());
        if (Files.exists(file)) {
            Migrations.probe(file, checked.doubt(), errors);
        }
        Opened opened = new Opened();
        try {
            return open(config, settings, errors, opened);
        } catch (SQLException e) {
            throw opened.closeAll(errors.map(e, "opening the database"));
        } catch (HikariPool.PoolInitializationException e) {
            throw opened.closeAll(new StoreUnavailableException("sqlite database " + file + ": the read"
                    + " connections could not be opened (" + e.getMessage() + "); check the file's permissions", e));
        } catch (RuntimeException e) {
            throw opened.closeAll(e);
        } catch (Error e) {
            throw opened.closeAll(e);
        }
    }

    /** Opens the connections (each recorded in {@code opened} as soon as it exists) and builds the store. */
    private static StoreParts open(StoreConfig config, SqliteSettings settings, SqlErrors errors, Opened opened)
            throws SQLException {
        Path file = settings.path();
        StatementCache writerSql = opened.add(new StatementCache(opened.add(Connections.writer(settings, file))));
        Migrations.migrate(writerSql.connection(), file);
        HikariDataSource pool = opened.add(Connections.readers(settings, file));
        RowMapping rows = new RowMapping(file);
        SessionWrites sessions = new SessionWrites(rows);
        GroupCommit group = new GroupCommit(writerSql, config.clock(), errors);
        ReaderStatements readers = new ReaderStatements(pool, settings.pool());
        Reads reads = new Reads(readers, config.clock(), rows, errors);
        return new StoreParts(new SqliteCatalog(group, reads, sessions),
                new SqliteMessageLog(group, reads, new MessageWrites(sessions, rows)),
                new SqliteLifecycle(group, readers, settings), new SqliteChangeSignals(file));
    }
}
