package dev.multichat.adapter.internal;

import java.util.Map;

/**
 * Stores a string of any length across message attributes, whose values the store caps at
 * {@value #CHUNK} characters: the first part under {@code key}, the rest under {@code key~2},
 * {@code key~3}, ... Stateless and thread-safe.
 */
public final class LongAttributes {

    /** The longest value one attribute holds. */
    public static final int CHUNK = 8192;

    private LongAttributes() {
    }

    /** Puts {@code value} (null: nothing) under {@code key} and as many continuation keys as it needs. */
    public static void put(Map<String, String> attributes, String key, String value) {
        if (value == null) {
            return;
        }
        int part = 1;
        int start = 0;
        do {
            int end = fixEnd(value, Math.min(value.length(), start + CHUNK));
            attributes.put(part == 1 ? key : key + "~" + part, value.substring(start, end));
            start = end;
            part++;
        } while (start < value.length());
    }

    /** @return the value {@link #put} stored under {@code key}, or null if there is none */
    public static String get(Map<String, String> attributes, String key) {
        String first = attributes.get(key);
        if (first == null) {
            return null;
        }
        StringBuilder value = new StringBuilder(first);
        for (int part = 2; attributes.containsKey(key + "~" + part); part++) {
            value.append(attributes.get(key + "~" + part));
        }
        return value.toString();
    }

    /** Never splits a surrogate pair: the store refuses an unpaired half. */
    private static int fixEnd(String value, int end) {
        return end < value.length() && Character.isHighSurrogate(value.charAt(end - 1)) ? end - 1 : end;
    }
}
