package dev.multichat.app.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.multichat.api.StoreException;
import dev.multichat.app.wire.CreateSessionBody;
import dev.multichat.app.wire.Json;
import dev.multichat.app.wire.MessageBody;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Parses and validates one export line into a {@link ExportLine.Head} or
 * {@link ExportLine.Message}, with the model's own rules; anything else is an
 * {@link ImportException} naming the line. Stateless.
 */
final class LineParser {

    private LineParser() {
    }

    static ExportLine parse(String text, long line) {
        try {
            ObjectNode rest = typed(Json.MAPPER.readTree(text), line);
            String type = rest.remove("type").asText();
            if ("session".equals(type)) {
                return head(rest, line);
            }
            if ("message".equals(type)) {
                return message(rest, line);
            }
            throw new ImportException(line, "unknown type; use \"session\" or \"message\"");
        } catch (JsonProcessingException e) {
            throw new ImportException(line, "not valid JSON of the export format (" + e.getOriginalMessage()
                    .split("\n")[0] + ")");
        } catch (StoreException | DateTimeParseException e) {
            throw new ImportException(line, e.getMessage());
        }
    }

    private static ObjectNode typed(JsonNode node, long line) {
        if (!(node instanceof ObjectNode object) || !object.path("type").isTextual()) {
            throw new ImportException(line, "expected a JSON object with a \"type\"");
        }
        return object;
    }

    private static ExportLine head(ObjectNode node, long line) throws JsonProcessingException {
        Instant createdAt = time(node.remove("createdAt"), "createdAt", line);
        JsonNode count = node.remove("messages");
        if (count == null || !count.canConvertToLong() || count.asLong() < 0) {
            throw new ImportException(line, "a session line needs \"messages\": its message count");
        }
        CreateSessionBody body = Json.MAPPER.treeToValue(node, CreateSessionBody.class);
        return new ExportLine.Head(body.toNewSession(), createdAt, count.asLong());
    }

    private static ExportLine message(ObjectNode node, long line) throws JsonProcessingException {
        Instant at = time(node.remove("at"), "at", line);
        JsonNode seq = node.remove("seq");
        if (seq == null || !seq.canConvertToLong() || seq.asLong() < 1) {
            throw new ImportException(line, "a message line needs \"seq\" of at least 1");
        }
        MessageBody body = Json.MAPPER.treeToValue(node, MessageBody.class);
        return new ExportLine.Message(seq.asLong(), at, body.toDraft());
    }

    private static Instant time(JsonNode node, String field, long line) {
        if (node == null || !node.isTextual()) {
            throw new ImportException(line, "\"" + field + "\" must be an ISO-8601 UTC time");
        }
        return Instant.parse(node.asText());
    }
}
