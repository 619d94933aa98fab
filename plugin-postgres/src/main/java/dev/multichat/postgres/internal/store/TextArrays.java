package dev.multichat.postgres.internal.store;

import java.sql.Array;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** Small string maps as PostgreSQL {@code text[]}: key, value, key, value... */
final class TextArrays {
    private TextArrays() {
    }

    static String[] flatten(Map<String, String> map) {
        String[] flat = new String[map.size() * 2];
        int i = 0;
        for (Map.Entry<String, String> e : map.entrySet()) {
            flat[i++] = e.getKey();
            flat[i++] = e.getValue();
        }
        return flat;
    }

    /**
     * @param array a {@code text[]} column
     * @return the map
     * @throws IllegalArgumentException if the array is null or has an odd length or a null
     */
    static Map<String, String> map(Array array) throws SQLException {
        if (array == null) {
            throw new IllegalArgumentException("the map column is NULL");
        }
        Object[] flat = (Object[]) array.getArray();
        if (flat.length == 0) {
            return Map.of();
        }
        if (flat.length % 2 != 0) {
            throw new IllegalArgumentException("the map column has an odd number of elements");
        }
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < flat.length; i += 2) {
            if (flat[i] == null || flat[i + 1] == null) {
                throw new IllegalArgumentException("the map column holds a NULL key or value");
            }
            map.put((String) flat[i], (String) flat[i + 1]);
        }
        return map;
    }
}
