package dev.multichat.json;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.StoreConfig;
import dev.multichat.spi.DurationOption;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * The parsed location and options of a {@code json:} URI.
 *
 * @param root the store directory
 * @param fsync when appends are forced
 * @param sweep how often expired sessions are removed and the listing index is re-read from
 *     the files; {@code null} for never (tests call the sweep themselves)
 */
record JsonOptions(Path root, FsyncMode fsync, Duration sweep) {
    static final Set<String> NAMES = Set.of("fsync", "sweep");

    static JsonOptions parse(StoreConfig config) {
        String location = config.uri().location();
        if (location.isBlank()) {
            throw new InvalidInputException("store uri '" + config.uri() + "' names no directory;"
                    + " write json:<directory>, e.g. json:data/chats or json:/var/lib/chats");
        }
        Path root;
        try {
            root = Path.of(location).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new InvalidInputException("store uri '" + config.uri() + "': '" + location
                    + "' is not a valid directory path here (" + e.getReason() + "); fix the path");
        }
        FsyncMode fsync = fsync(config.option("fsync").orElse("always"));
        return new JsonOptions(root, fsync, sweep(config.option("sweep").orElse("60s")));
    }

    private static FsyncMode fsync(String value) {
        for (FsyncMode mode : FsyncMode.values()) {
            if (mode.name().toLowerCase(Locale.ROOT).equals(value)) {
                return mode;
            }
        }
        throw new InvalidInputException("option fsync='" + value + "' is not allowed; use one of"
                + " always (default), batch, never");
    }

    private static Duration sweep(String value) {
        Duration sweep = DurationOption.parse("sweep", value);
        return sweep.isZero() ? null : sweep;
    }
}
