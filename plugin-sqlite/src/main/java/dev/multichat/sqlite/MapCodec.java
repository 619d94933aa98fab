package dev.multichat.sqlite;

import java.util.HashMap;
import java.util.Map;

/**
 * Encodes a small string map as one text column: each key and value as
 * {@code <length>:<characters>}, so any character can appear without escaping. The empty map
 * is the empty string. Decoding rejects anything that encoding could not have produced.
 */
final class MapCodec {
    private MapCodec() {
    }

    static String encode(Map<String, String> map) {
        if (map.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        map.forEach((key, value) -> {
            out.append(key.length()).append(':').append(key);
            out.append(value.length()).append(':').append(value);
        });
        return out.toString();
    }

    /**
     * @param text an encoded map
     * @return the map
     * @throws IllegalArgumentException if {@code text} is not an encoded map
     */
    static Map<String, String> decode(String text) {
        if (text.isEmpty()) {
            return Map.of();
        }
        Map<String, String> map = new HashMap<>();
        int[] at = {0};
        while (at[0] < text.length()) {
            String key = next(text, at);
            if (at[0] >= text.length()) {
                throw new IllegalArgumentException("key '" + key + "' has no value");
            }
            map.put(key, next(text, at));
        }
        return map;
    }

    private static String next(String text, int[] at) {
        int colon = text.indexOf(':', at[0]);
        if (colon <= at[0]) {
            throw new IllegalArgumentException("no length at index " + at[0]);
        }
        int length = Integer.parseInt(text, at[0], colon, 10);
        int end = colon + 1 + length;
        if (length < 0 || end > text.length()) {
            throw new IllegalArgumentException("length " + length + " at index " + at[0]
                    + " runs past the end");
        }
        at[0] = end;
        return text.substring(colon + 1, end);
    }
}
