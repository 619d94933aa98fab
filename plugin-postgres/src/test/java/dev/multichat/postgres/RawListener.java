package dev.multichat.postgres;

import dev.multichat.postgres.testing.SharedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/** A plain connection of the test's own that LISTENs on a store's channel, to see who notifies. */
final class RawListener implements AutoCloseable {
    static final Duration DEADLINE = Duration.ofSeconds(30);

    private final Connection connection;
    private final PGConnection pg;

    /** @param channel the store's schema */
    RawListener(String channel) throws SQLException {
        connection = SharedPostgres.dataSource().getConnection();
        pg = connection.unwrap(PGConnection.class);
        try (Statement st = connection.createStatement()) {
            st.execute("LISTEN \"" + channel + '"');
        }
    }

    /**
     * Waits for a notification with {@code payload}, skipping others.
     *
     * @return it, or null if none came within {@link #DEADLINE}
     */
    PGNotification await(String payload) throws SQLException {
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < end) {
            PGNotification[] received = pg.getNotifications(200);
            if (received == null) {
                continue;
            }
            for (PGNotification n : received) {
                if (payload.equals(n.getParameter())) {
                    return n;
                }
            }
        }
        return null;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
