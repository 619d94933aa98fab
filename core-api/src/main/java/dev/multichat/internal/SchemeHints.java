package dev.multichat.internal;

import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;

/**
 * What the unknown-scheme error suggests: the artifact that adds a scheme, for the schemes this
 * project builds (extend {@link #ARTIFACTS} when a plugin module lands), and the known scheme
 * one edit away from a mistyped one. Stateless.
 */
final class SchemeHints {
    private static final String GROUP = "dev.multichat:";
    /** The schemes this project builds, with the artifact that serves each. */
    private static final Map<String, String> ARTIFACTS = Map.ofEntries(
            Map.entry("memory", "nothing (it is built into multichat-core-api)"),
            Map.entry("json", GROUP + "multichat-plugin-json"),
            Map.entry("sqlite", GROUP + "multichat-plugin-sqlite"),
            Map.entry("postgresql", GROUP + "multichat-plugin-postgres"),
            Map.entry("redis", GROUP + "multichat-plugin-redis"),
            Map.entry("rediss", GROUP + "multichat-plugin-redis"),
            Map.entry("redis-sentinel", GROUP + "multichat-plugin-redis"),
            Map.entry("rediss-sentinel", GROUP + "multichat-plugin-redis"),
            Map.entry("redis-cluster", GROUP + "multichat-plugin-redis"),
            Map.entry("rediss-cluster", GROUP + "multichat-plugin-redis"),
            Map.entry("hybrid", GROUP + "multichat-plugin-hybrid"));

    private SchemeHints() {
    }

    /**
     * @param scheme the scheme asked for
     * @return the artifact to add, or null if this project builds no plugin for it
     */
    static String artifact(String scheme) {
        return ARTIFACTS.get(scheme);
    }

    /**
     * @param scheme the scheme asked for
     * @param present the schemes found on the class path
     * @return a known or present scheme one edit (insertion, deletion, substitution or swap of
     *     neighbours) away, or null
     */
    static String nearest(String scheme, Collection<String> present) {
        TreeSet<String> known = new TreeSet<>(present);
        known.addAll(ARTIFACTS.keySet());
        for (String candidate : known) {
            if (!candidate.equals(scheme) && oneEditApart(scheme, candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int prefix = 0;
        while (prefix < a.length() && prefix < b.length() && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        String restA = a.substring(Math.min(prefix + 1, a.length()));
        String restB = b.substring(Math.min(prefix + 1, b.length()));
        if (a.length() == b.length()) {
            return restA.equals(restB) || swapped(a, b, prefix);
        }
        return a.length() > b.length() ? a.substring(prefix + 1).equals(b.substring(prefix))
                : b.substring(prefix + 1).equals(a.substring(prefix));
    }

    private static boolean swapped(String a, String b, int at) {
        return at + 1 < a.length() && a.charAt(at) == b.charAt(at + 1) && a.charAt(at + 1) == b.charAt(at)
                && a.substring(at + 2).equals(b.substring(at + 2));
    }
}
