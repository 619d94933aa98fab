package dev.multichat.redis.internal.link;

import java.util.regex.Pattern;

/** Removes credentials from Redis URIs before they reach a message or a log. */
public final class Redacted {
    private static final Pattern USER_INFO = Pattern.compile("(?<=//).*@");

    private Redacted() {
    }

    /**
     * @param uri a store or Redis URI, possibly with {@code user:password@}
     * @return the URI with everything from {@code //} to its last {@code @} replaced by
     *     {@code ***@} (over-redacting rather than leaking a password holding a delimiter)
     */
    public static String uri(String uri) {
        return USER_INFO.matcher(uri).replaceFirst("***@");
    }
}
