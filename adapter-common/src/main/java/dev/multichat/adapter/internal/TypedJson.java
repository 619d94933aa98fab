package dev.multichat.adapter.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@code Map<String, Object>} of message metadata as JSON that keeps each value's Java type:
 * strings, booleans, {@code Integer}s, {@code Double}s and nulls as plain JSON, lists and maps
 * recursively; other numbers, enums, byte arrays and other objects as {@code {"@type": ...,
 * "@value": ...}} (see {@link TypedValues}). A map that itself has a key {@code @type} is wrapped
 * too, so reading never mistakes data for a tag. Stateless and thread-safe.
 */
public final class TypedJson {

    static final String TYPE = "@type";
    static final String VALUE = "@value";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<Class<?>> PLAIN = Set.of(String.class, Boolean.class, Integer.class, Double.class);
    private static final TypeReference<JsonNode> TREE = new TypeReference<>() { };

    private TypedJson() {
    }

    /** @return the map as typed JSON text (null or empty: null) */
    public static String write(Map<String, ?> map) {
        return map == null || map.isEmpty() ? null : Json.write(encode(map), "metadata");
    }

    /** @return the map {@link #write} was given (null text: an empty mutable map) */
    public static Map<String, Object> read(String json) {
        if (json == null) {
            return new LinkedHashMap<>();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) decode(Json.read(json, TREE, "metadata"));
        return map;
    }

    static JsonNode encode(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (PLAIN.contains(value.getClass())) {
            return Json.MAPPER.valueToTree(value);
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            list.forEach(item -> array.add(encode(item)));
            return array;
        }
        if (value instanceof Map<?, ?> map && map.keySet().stream().allMatch(String.class::isInstance)) {
            ObjectNode object = NODES.objectNode();
            map.forEach((key, item) -> object.set((String) key, encode(item)));
            return map.containsKey(TYPE) ? tagged("map", object) : object;
        }
        if (value instanceof byte[] bytes) {
            return tagged("bytes", NODES.textNode(Base64.getEncoder().encodeToString(bytes)));
        }
        return TypedValues.encode(value);
    }

    static Object decode(JsonNode node) {
        if (node.isObject() && node.has(TYPE)) {
            String type = node.get(TYPE).asText();
            JsonNode value = node.get(VALUE);
            if ("map".equals(type)) {
                return decodeObject(value);
            }
            return "bytes".equals(type) ? Base64.getDecoder().decode(value.asText()) : TypedValues.decode(type, value);
        }
        if (node.isObject()) {
            return decodeObject(node);
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(item -> list.add(decode(item)));
            return list;
        }
        return node.isNull() ? null : Json.MAPPER.convertValue(node, Object.class);
    }

    static ObjectNode tagged(String type, JsonNode value) {
        ObjectNode node = NODES.objectNode();
        node.put(TYPE, type);
        node.set(VALUE, value);
        return node;
    }

    private static Map<String, Object> decodeObject(JsonNode node) {
        Map<String, Object> map = new LinkedHashMap<>();
        node.fields().forEachRemaining(field -> map.put(field.getKey(), decode(field.getValue())));
        return map;
    }
}
