package dev.multichat.postgres.internal.store;

import dev.multichat.api.StoreException;
import dev.multichat.postgres.internal.connect.Connector;
import dev.multichat.postgres.internal.feed.PgChangeSignals;
import dev.multichat.postgres.internal.feed.PgNotifier;
import dev.multichat.postgres.internal.schema.Migrations;
import dev.multichat.spi.StoreParts;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Opens a store on a DataSource: migrates the schema (under the advisory lock), then builds the
 * catalog, the message log, the lifecycle and the change signals around one shared storage
 * object, and starts the change notifier that tells other instances about its writes.
 *
 * @param pool where connections come from
 * @param schema the unquoted schema name
 * @param where the server, for messages (no credentials)
 * @param sweep the sweep interval, zero for none
 * @param direct opens the change listener's and the change notifier's own connections
 */
public record PgOpener(DataSource pool, String schema, String where, Duration sweep, Connector direct) {
    /**
     * @param clock the store's clock
     * @param owned closed with the store (the pool it opened), or null
     * @param details for health()
     * @return the open store
     * @throws StoreException if the server is unreachable or the schema is newer than this code
     */
    public StoreParts open(Clock clock, AutoCloseable owned, Map<String, String> details) {
        String quoted = '"' + schema + '"';
        String described = where + " schema " + schema;
        PgNotifier notifier = new PgNotifier(direct, schema, described);
        PgStorage storage = new PgStorage(pool, schema, clock, described);
        try (Connection c = pool.getConnection()) {
            Migrations.migrate(c, schema, quoted);
        } catch (SQLException e) {
            throw storage.map(e, "opening the store (schema migration)");
        }
        Sweeper sweeper = new Sweeper(storage, sweep);
        notifier.start();
        return new StoreParts(new PgCatalog(storage, notifier), new PgMessageLog(storage, notifier),
                new PgLifecycle(pool, sweeper, notifier, owned, details),
                new PgChangeSignals(direct, schema, described, notifier::pid));
    }
}
