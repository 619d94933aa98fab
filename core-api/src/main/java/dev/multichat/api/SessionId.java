package dev.multichat.api;

import dev.multichat.internal.Require;

/**
 * A session's identity: 1 to 128 characters of {@code [A-Za-z0-9._:-]}, not starting with
 * {@code .}. By construction it is safe as a file name, a SQL value and a Redis key. Immutable.
 *
 * @param value the id's text
 */
public record SessionId(String value) implements Comparable<SessionId> {
    /** Longest id accepted. */
    public static final int MAX_LENGTH = 128;
    /** The characters an id may hold, indexed by ASCII code. */
    private static final boolean[] ALLOWED = allowedAscii();

    /**
     * @throws InvalidInputException if the value breaks the rule above
     */
    public SessionId {
        Require.nonNull(value, "session id");
        if (!valid(value)) {
            throw Require.invalid("session id '%s' is invalid: use 1 to %d characters of A-Z a-z 0-9"
                    + " . _ : -, not starting with '.'", abbreviate(value), MAX_LENGTH);
        }
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

    /** @return whether {@code value} follows the rule above (checked without a regex: ids are hot) */
    private static boolean valid(String value) {
        int length = value.length();
        if (length == 0 || length > MAX_LENGTH || value.charAt(0) == '.') {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (!allowed(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allowed(char c) {
        return c < ALLOWED.length && ALLOWED[c];
    }

    private static boolean[] allowedAscii() {
        boolean[] table = new boolean[128];
        String chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:-";
        for (int i = 0; i < chars.length(); i++) {
            table[chars.charAt(i)] = true;
        }
        return table;
    }

    private static String abbreviate(String value) {
        return value.length() <= MAX_LENGTH + 8 ? value : value.substring(0, MAX_LENGTH) + "...";
    }
}
