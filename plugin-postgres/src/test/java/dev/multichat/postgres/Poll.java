package dev.multichat.postgres;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/** Polls a condition on the server until it holds or a deadline passes (never a fixed sleep). */
final class Poll {
    static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final long POLL_NANOS = 20_000_000;

    private Poll() {
    }

    /** @return whether {@code check} held within {@link #DEADLINE} */
    static boolean until(Check check) throws SQLException {
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (!check.holds()) {
            if (System.nanoTime() > end) {
                return false;
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        return true;
    }

    /** @return how many server backends match {@code condition} (SQL on {@code pg_stat_activity}) */
    static int backends(String condition) throws SQLException {
        return Integer.parseInt(RawSql.column("SELECT count(*) FROM pg_stat_activity WHERE " + condition).get(0));
    }

    /** A condition read from the server. */
    @FunctionalInterface
    interface Check {
        boolean holds() throws SQLException;
    }
}
