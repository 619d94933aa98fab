package dev.multichat.internal;

import dev.multichat.api.InvalidInputException;
import java.util.Map;

/** Preconditions that raise {@link InvalidInputException} with a message naming value, rule and fix. */
public final class Require {
    private static final int MAX_TEXT_KEY = 128;
    private static final int MAX_MAP_VALUE = 8192;

    private Require() {
    }

    /**
     * Fails with the formatted message unless the condition holds.
     *
     * @param condition what must be true
     * @param template {@link String#format} template naming the value, the rule and the fix
     * @param args the template's arguments
     */
    public static void argument(boolean condition, String template, Object... args) {
        if (!condition) {
            throw invalid(template, args);
        }
    }

    /**
     * Builds the error for a broken precondition, for call sites that test the condition
     * themselves (so the hot path allocates no argument array).
     *
     * @param template {@link String#format} template naming the value, the rule and the fix
     * @param args the template's arguments
     * @return the exception, to throw
     */
    public static InvalidInputException invalid(String template, Object... args) {
        return new InvalidInputException(String.format(template, args));
    }

    /**
     * @param value the value to check
     * @param name the parameter's name, for the message
     * @param <T> the value's type
     * @return the value, never null
     */
    public static <T> T nonNull(T value, String name) {
        if (value == null) {
            throw new InvalidInputException(name + " must not be null; pass a value");
        }
        return value;
    }

    /**
     * Checks text that is stored and shown: no NUL, no unpaired surrogate (it could not
     * round-trip through UTF-8).
     *
     * @param text the text
     * @param name the field's name, for the message
     * @return the text
     */
    public static String storableText(String text, String name) {
        nonNull(text, name);
        int bad = unstorableAt(text);
        if (bad >= 0) {
            throw unstorable(text, bad, name);
        }
        return text;
    }

    /** @return the index of the first NUL or unpaired surrogate in {@code text}, or -1 if none */
    private static int unstorableAt(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return i;
            }
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 == length || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return i;
                }
                i++;
            }
        }
        return -1;
    }

    /** @return the error for the NUL or unpaired surrogate at {@code i} ({@link #unstorableAt}) */
    private static InvalidInputException unstorable(String text, int i, String name) {
        if (text.charAt(i) == 0) {
            return invalid("%s contains a NUL character (U+0000) at index %d; remove it", name, i);
        }
        return invalid("%s contains an unpaired UTF-16 surrogate at index %d; it cannot be stored"
                + " as UTF-8: fix the string's encoding", name, i);
    }

    /**
     * Copies and checks a small string map (attributes, metadata): non-null keys of 1 to 128
     * characters, non-null values of at most 8,192 characters, all storable text.
     *
     * @param map the map, null meaning empty
     * @param name the field's name, for the message
     * @return an immutable copy that keeps no reference to the caller's map
     */
    public static Map<String, String> smallMap(Map<String, String> map, String name) {
        if (map == null) {
            return Map.of();
        }
        map.forEach((key, value) -> checkEntry(key, value, name));
        return Map.copyOf(map);
    }

    /**
     * One entry of {@link #smallMap}. The checks run on every map the API copies (every session's
     * metadata, every message's attributes), so messages are built only for an entry that fails.
     */
    private static void checkEntry(String key, String value, String name) {
        if (key == null || key.isEmpty() || key.length() > MAX_TEXT_KEY) {
            throw invalid("%s key '%s' must be 1 to %d characters", name, key, MAX_TEXT_KEY);
        }
        if (value == null) {
            throw invalid("%s['%s'] is null; use an empty string or leave the key out", name, key);
        }
        if (value.length() > MAX_MAP_VALUE) {
            throw invalid("%s['%s'] has %d characters, more than %d; store large values as message content",
                    name, key, value.length(), MAX_MAP_VALUE);
        }
        checkEntryText(key, value, name);
    }

    /** The text rules ({@link #storableText}) for one entry, named by key or by entry. */
    private static void checkEntryText(String key, String value, String name) {
        int bad = unstorableAt(key);
        if (bad >= 0) {
            throw unstorable(key, bad, name + " key");
        }
        bad = unstorableAt(value);
        if (bad >= 0) {
            throw unstorable(value, bad, name + "['" + key + "']");
        }
    }
}
