package dev.multichat.sqlite;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.StoreConfig;
import dev.multichat.spi.DurationOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * The parsed, checked settings of one SQLite store.
 *
 * @param path the database file, as given (relative paths resolve against the working directory)
 * @param synchronous the durability setting
 * @param busyTimeout how long to wait for a lock held by another connection or process
 * @param pool how many read-only connections serve reads
 * @param sweep how often expired sessions are deleted; zero for never
 */
record SqliteSettings(Path path, Synchronous synchronous, Duration busyTimeout, int pool, Duration sweep) {
    static final String SYNCHRONOUS = "synchronous";
    static final String BUSY_TIMEOUT = "busy_timeout";
    static final String POOL = "pool";
    static final String SWEEP = "sweep";
    static final Set<String> OPTIONS = Set.of(SYNCHRONOUS, BUSY_TIMEOUT, POOL, SWEEP);

    private static final int MAX_POOL = 64;
    private static final Duration MAX_BUSY = Duration.ofHours(1);
    private static final Duration MIN_SWEEP = Duration.ofMillis(10);

    /** SQLite's {@code PRAGMA synchronous} levels this store offers (WAL mode). */
    enum Synchronous {
        /** WAL synced at checkpoints only: survives a process crash, not an OS crash or power loss. */
        NORMAL,
        /** WAL synced on every commit: survives process crash, OS crash and power loss. */
        FULL
    }

    /**
     * Reads and checks the location and the options of {@code config}.
     *
     * @param config the store's configuration
     * @return the settings
     * @throws InvalidInputException naming the option, its value and what is allowed
     */
    static SqliteSettings from(StoreConfig config) {
        String location = config.uri().location();
        if (location.isBlank()) {
            throw new InvalidInputException("store uri '" + config.uri() + "' names no database file;"
                    + " write sqlite:<path>, e.g. sqlite:data/chats.db or sqlite:/var/lib/chats.db");
        }
        Synchronous sync = synchronous(config.option(SYNCHRONOUS).orElse("full"));
        Duration busy = DurationOption.parse(BUSY_TIMEOUT, config.option(BUSY_TIMEOUT).orElse("5s"),
                Duration.ofMillis(1), MAX_BUSY);
        Duration sweep = DurationOption.parse(SWEEP, config.option(SWEEP).orElse("1m"), MIN_SWEEP,
                Duration.ofDays(1));
        return new SqliteSettings(Path.of(location), sync, busy, pool(config.option(POOL).orElse("4")), sweep);
    }

    /**
     * @param file the checked, absolute database file
     * @return these settings for that file
     */
    SqliteSettings at(Path file) {
        return new SqliteSettings(file, synchronous, busyTimeout, pool, sweep);
    }

    private static Synchronous synchronous(String value) {
        try {
            return Synchronous.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(SYNCHRONOUS, value, "normal or full");
        }
    }

    private static int pool(String value) {
        try {
            int size = Integer.parseInt(value);
            if (size >= 1 && size <= MAX_POOL) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw invalid(POOL, value, "a whole number from 1 to " + MAX_POOL);
    }

    private static InvalidInputException invalid(String option, String value, String allowed) {
        return new InvalidInputException("sqlite option " + option + "=" + value + " is invalid;"
                + " use " + allowed);
    }
}
