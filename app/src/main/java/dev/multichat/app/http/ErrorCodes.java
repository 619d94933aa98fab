package dev.multichat.app.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.multichat.api.InvalidInputException;
import dev.multichat.api.SessionExistsException;
import dev.multichat.api.SessionNotFoundException;
import dev.multichat.api.StoreClosedException;
import dev.multichat.api.StoreUnavailableException;
import dev.multichat.api.VersionConflictException;
import java.util.stream.Collectors;

/**
 * Maps what went wrong to the API's answer: status, stable code and a client-safe message. The
 * codes are part of the API (documented in the OpenAPI document); stateless and thread-safe.
 */
final class ErrorCodes {

    private ErrorCodes() {
    }

    /**
     * The answer for a failure.
     *
     * @param error what was thrown while handling a request
     * @return the API error to send, or {@code null} when it is unexpected (a 500)
     */
    static ApiException of(Exception error) {
        if (error instanceof ApiException api) {
            return api;
        }
        if (error instanceof JsonProcessingException json) {
            return json(json);
        }
        return store(error);
    }

    private static ApiException store(Exception error) {
        if (error instanceof SessionNotFoundException) {
            return new ApiException(404, "not_found", "no such session; check the id (ids are case-sensitive)");
        }
        if (error instanceof SessionExistsException) {
            return new ApiException(409, "session_exists", error.getMessage());
        }
        if (error instanceof VersionConflictException conflict) {
            return new ApiException(412, "version_conflict", "the session is at version " + conflict.current()
                    + ", not the If-Match version " + conflict.expected()
                    + "; nothing was written: reload it and retry with If-Match: \"" + conflict.current() + "\"");
        }
        if (error instanceof InvalidInputException) {
            return new ApiException(400, "invalid_input", error.getMessage());
        }
        if (error instanceof StoreUnavailableException || error instanceof StoreClosedException) {
            return new ApiException(503, "store_unavailable", "the store is unavailable right now;"
                    + " retry later (appends with message ids are safe to retry)");
        }
        return null;
    }

    private static ApiException json(JsonProcessingException error) {
        if (error instanceof UnrecognizedPropertyException unknown) {
            return new ApiException(400, "unknown_field", "unknown field \"" + unknown.getPropertyName()
                    + "\" at " + path(unknown) + "; remove it (see /openapi.json for the fields)");
        }
        if (error instanceof InvalidFormatException || error instanceof MismatchedInputException) {
            return new ApiException(400, "wrong_type", "wrong type or shape at " + path((JsonMappingException) error)
                    + "; see /openapi.json for the expected types");
        }
        String where = error.getLocation() == null ? "" : " at line " + error.getLocation().getLineNr()
                + " column " + error.getLocation().getColumnNr();
        return new ApiException(400, "malformed_json", "the body is not valid JSON" + where
                + "; send one JSON object");
    }

    private static String path(JsonMappingException error) {
        String path = error.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining());
        return path.isEmpty() ? "the top level" : "$" + path;
    }
}
