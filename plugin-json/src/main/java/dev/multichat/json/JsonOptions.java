package dev.multichat.json;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.StoreConfig;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern DURATION = Pattern.compile("([0-9]{1,9})(ms|s|m)");

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
        if ("off".equals(value)) {
            return null;
        }
        Matcher m = DURATION.matcher(value);
        long amount = m.matches() ? Long.parseLong(m.group(1)) : 0;
        if (amount == 0) {
            throw new InvalidInputException("option sweep='" + value + "' is not allowed; use a"
                    + " positive interval such as 500ms, 30s or 5m (default 60s), or off");
        }
        switch (m.group(2)) {
            case "ms":
                return Duration.ofMillis(amount);
            case "s":
                return Duration.ofSeconds(amount);
            default:
                return Duration.ofMinutes(amount);
        }
    }
}
