package dev.multichat.postgres.internal.feed;

import dev.multichat.postgres.internal.connect.Connector;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * One connection that {@code LISTEN}s on a store's channel and hands out the payloads (session
 * ids) the server delivered. Used by one thread at a time.
 */
final class ListenConnection implements AutoCloseable {
    private final Connection connection;
    private final PGConnection pg;

    private ListenConnection(Connection connection) throws SQLException {
        this.connection = connection;
        this.pg = connection.unwrap(PGConnection.class);
    }

    /**
     * @param connector where the connection comes from
     * @param channel the channel's name (a lower-case identifier, so safe to quote)
     * @return a connection listening on {@code channel}
     * @throws SQLException if the server cannot be reached or the LISTEN fails
     */
    static ListenConnection open(Connector connector, String channel) throws SQLException {
        Connection c = connector.open("listener");
        try {
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                st.execute("LISTEN \"" + channel + '"');
            }
            return new ListenConnection(c);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c, e);
            throw e;
        }
    }

    /**
     * Waits for notifications.
     *
     * @param millis at most this long
     * @param own the server process id of this instance's own notifier (0 if none): its
     *     notifications are left out, the core has hinted those writes already
     * @return the payloads received from others (empty if none came in time)
     * @throws SQLException if the connection is lost
     */
    List<String> await(int millis, IntSupplier own) throws SQLException {
        PGNotification[] received = pg.getNotifications(millis);
        List<String> payloads = new ArrayList<>();
        if (received != null) {
            int mine = own.getAsInt();
            for (PGNotification n : received) {
                if (mine == 0 || n.getPID() != mine) {
                    payloads.add(n.getParameter());
                }
            }
        }
        return payloads;
    }

    /**
     * @param seconds how long the server may take to answer
     * @return whether the server answered a round trip in time
     */
    boolean answers(int seconds) {
        try {
            return connection.isValid(seconds);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Stops listening and closes the connection (returning it to an application's pool, if it
     * came from one, without a LISTEN left on it). Never throws.
     */
    @Override
    public void close() {
        try (Statement st = connection.createStatement()) {
            st.execute("UNLISTEN *");
        } catch (SQLException e) {
            // the connection is lost already: nothing is listening on it any more
        }
        closeQuietly(connection, null);
    }

    private static void closeQuietly(Connection c, Exception failure) {
        try {
            c.close();
        } catch (SQLException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
        }
    }
}
