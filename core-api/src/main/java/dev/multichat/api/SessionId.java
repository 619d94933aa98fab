package dev.multichat.api;

import dev.multichat.internal.Require;
import java.util.regex.Pattern;

/**
 * A session's identity: 1 to 128 characters of {@code [A-Za-z0-9._:-]}, not starting with
 * {@code .}. By construction it is safe as a file name, a SQL value and a Redis key. Immutable.
 *
 * @param value the id's text
 */
public record SessionId(String value) implements Comparable<SessionId> {
    /** Longest id accepted. */
    public static final int MAX_LENGTH = 128;
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_:-][A-Za-z0-9._:-]{0,127}");

    /**
     * @throws InvalidInputException if the value breaks the rule above
     */
    public SessionId {
        Require.nonNull(value, "session id");
        Require.argument(ALLOWED.matcher(value).matches(),
                "session id '%s' is invalid: use 1 to %d characters of A-Z a-z 0-9 . _ : -,"
                        + " not starting with '.'", abbreviate(value), MAX_LENGTH);
    }

    /**
     * @param value the id's text
     * @return the id
     * @throws InvalidInputException if the value is not a valid id
     */
    public static SessionId of(String value) {
        return new SessionId(value);
    }

    @Override
    public int compareTo(SessionId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String abbreviate(String value) {
        return value.length() <= MAX_LENGTH + 8 ? value : value.substring(0, MAX_LENGTH) + "...";
    }
}
