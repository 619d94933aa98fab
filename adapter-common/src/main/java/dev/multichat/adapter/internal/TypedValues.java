package dev.multichat.adapter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.function.Function;

/**
 * The tagged values of {@link TypedJson}: numbers other than {@code Integer} and {@code Double}
 * (by their decimal text), enums (by class and name) and any other object (by class and Jackson's
 * bean form). An enum the reading side cannot load comes back as its name; another object comes
 * back as its bean form (maps, lists, scalars): a class named in stored data is never instantiated,
 * so stored data cannot choose what code runs. Stateless and thread-safe.
 */
final class TypedValues {

    private static final Map<String, Function<String, Object>> NUMBERS = Map.of(
            "long", Long::valueOf, "float", Float::valueOf, "short", Short::valueOf, "byte", Byte::valueOf,
            "bigint", BigInteger::new, "decimal", BigDecimal::new);
    private static final Map<Class<?>, String> NUMBER_TAGS = Map.of(
            Long.class, "long", Float.class, "float", Short.class, "short", Byte.class, "byte",
            BigInteger.class, "bigint", BigDecimal.class, "decimal");

    private TypedValues() {
    }

    static JsonNode encode(Object value) {
        String numberTag = NUMBER_TAGS.get(value.getClass());
        if (numberTag != null) {
            return TypedJson.tagged(numberTag, Json.MAPPER.getNodeFactory().textNode(value.toString()));
        }
        if (value instanceof Enum<?> constant) {
            return TypedJson.tagged("enum:" + constant.getDeclaringClass().getName(),
                    Json.MAPPER.getNodeFactory().textNode(constant.name()));
        }
        return TypedJson.tagged("object:" + value.getClass().getName(), Json.MAPPER.valueToTree(value));
    }

    static Object decode(String type, JsonNode value) {
        Function<String, Object> number = NUMBERS.get(type);
        if (number != null) {
            return number.apply(value.asText());
        }
        if (type.startsWith("enum:")) {
            return enumOf(type.substring("enum:".length()), value.asText());
        }
        return TypedJson.decode(value);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumOf(String className, String name) {
        Class<?> type = load(className);
        return type != null && type.isEnum() ? Enum.valueOf((Class) type, name) : name;
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className, false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
