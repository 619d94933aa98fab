package dev.multichat.postgres.internal.feed;

import dev.multichat.postgres.internal.connect.Connector;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * The change notifier's connection, opened when first needed: sends a batch of session ids as
 * one auto-committed statement of {@code pg_notify} calls, committed at
 * {@code synchronous_commit=off} for that transaction only ({@code set_config(..., true)}, so
 * nothing stays set on a connection that goes back to an application's pool). The
 * notifications carry no data and the writes they announce committed durably before, so the
 * notifying transaction need not wait for the disk. Used by one thread at a time.
 */
final class NotifyConnection implements AutoCloseable {
    private static final String SEND = "SELECT set_config('synchronous_commit', 'off', true),"
            + " count(pg_notify(?, u.id)) FROM unnest(?::text[]) AS u(id)";

    private final Connector connector;
    private final String channel;
    private Connection connection;
    private volatile int pid;

    /**
     * @param connector opens the connection
     * @param channel the channel to notify
     */
    NotifyConnection(Connector connector, String channel) {
        this.connector = connector;
        this.channel = channel;
    }

    /**
     * Notifies the channel once per payload, in one transaction; connects first if needed.
     *
     * @param payloads session ids (or the empty payload for "changed anywhere")
     * @throws SQLException if the server cannot be reached or the statement fails
     */
    void send(List<String> payloads) throws SQLException {
        if (connection == null) {
            connection = connector.open("notifier");
            connection.setAutoCommit(true);
            pid = backendPid(connection);
        }
        try (PreparedStatement st = connection.prepareStatement(SEND)) {
            st.setString(1, channel);
            st.setArray(2, connection.createArrayOf("text", payloads.toArray(new String[0])));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
            }
        }
    }

    /**
     * @return the server process id of the open connection, the one its notifications carry; 0
     *     when none is open or it is not known
     */
    int pid() {
        return pid;
    }

    /** @return whether a connection is open (or at least not known to be closed) */
    boolean isOpen() {
        return connection != null;
    }

    /** Closes the connection, if one is open (giving it back to an application's pool). Never throws. */
    @Override
    public void close() {
        if (connection == null) {
            return;
        }
        pid = 0; // before the server process ends: another connection may get its id afterwards
        try {
            connection.close();
        } catch (SQLException e) {
            // the connection is lost already
        }
        connection = null;
    }

    private static int backendPid(Connection c) {
        try {
            return c.isWrapperFor(PGConnection.class) ? c.unwrap(PGConnection.class).getBackendPID() : 0;
        } catch (SQLException e) {
            return 0; // then this instance's own notifications are heard like anyone's
        }
    }
}
