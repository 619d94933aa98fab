package dev.multichat.json.internal.files;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.Map;

/** Jackson's type for a string map. */
final class StringMap extends TypeReference<Map<String, String>> {
    static final StringMap TYPE = new StringMap();
}
