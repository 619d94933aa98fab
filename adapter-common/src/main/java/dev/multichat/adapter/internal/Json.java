package dev.multichat.adapter.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.multichat.api.CorruptDataException;
import dev.multichat.api.InvalidInputException;

/** One shared Jackson mapper and its two calls, with the store's errors. Thread-safe. */
public final class Json {

    /** The mapper every adapter codec uses (thread-safe once configured). */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /**
     * @return {@code value} as JSON text
     * @throws InvalidInputException if Jackson cannot write it (names {@code what})
     */
    public static String write(Object value, String what) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("cannot store the " + what + " as JSON: " + e.getOriginalMessage()
                    + "; keep it to JSON-friendly values", e);
        }
    }

    /**
     * @return the JSON text read as {@code type}
     * @throws CorruptDataException if the text is not what the adapter wrote (names {@code what})
     */
    public static <T> T read(String json, TypeReference<T> type, String what) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new CorruptDataException("the stored " + what + " is not valid adapter JSON ("
                    + e.getOriginalMessage() + "); it was not written by this adapter version", e);
        }
    }
}
