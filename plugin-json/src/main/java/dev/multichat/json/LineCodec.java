package dev.multichat.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.InvalidInputException;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.Role;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * Encodes and decodes log lines: {@code <crc32c of the JSON, 8 lower-case hex digits> <JSON>\n}.
 * A message line's JSON has a {@code seq}; a commit line's JSON has a {@code commit} (the
 * session version the batch produced). Thread-safe.
 */
final class LineCodec {
    static final int CRC_CHARS = 8;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();
    private static final byte[] COMMIT_PREFIX = "{\"commit\":".getBytes(StandardCharsets.US_ASCII);

    private LineCodec() {
    }

    static byte[] message(ChatMessage message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 + message.content().length());
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            MessageDraft d = message.draft();
            g.writeStartObject();
            g.writeNumberField("seq", message.seq());
            g.writeStringField("at", message.at().toString());
            if (d.id() != null) {
                g.writeStringField("id", d.id());
            }
            g.writeStringField("author", d.author());
            g.writeStringField("role", d.role().name());
            g.writeStringField("content", d.content());
            if (!d.attributes().isEmpty()) {
                g.writeObjectFieldStart("attributes");
                for (Map.Entry<String, String> e : d.attributes().entrySet()) {
                    g.writeStringField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("encoding a message line in memory failed", e);
        }
        return frame(out.toByteArray());
    }

    static byte[] commit(Commit commit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("commit", commit.version());
            g.writeNumberField("lastSeq", commit.lastSeq());
            g.writeStringField("updatedAt", commit.updatedAt().toString());
            g.writeStringField("expiresAt", commit.expiresAt() == null ? null
                    : commit.expiresAt().toString());
            g.writeNumberField("synced", commit.synced());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("encoding a commit line in memory failed", e);
        }
        return frame(out.toByteArray());
    }

    private static byte[] frame(byte[] json) {
        CRC32C crc = new CRC32C();
        crc.update(json);
        String hex = String.format("%08x ", crc.getValue());
        byte[] line = new byte[CRC_CHARS + 1 + json.length + 1];
        System.arraycopy(hex.getBytes(StandardCharsets.US_ASCII), 0, line, 0, CRC_CHARS + 1);
        System.arraycopy(json, 0, line, CRC_CHARS + 1, json.length);
        line[line.length - 1] = '\n';
        return line;
    }

    /**
     * @param buf bytes of one line without its newline
     * @return the decoded line, or null if the checksum does not match or it is no log record
     */
    static LogLine decode(byte[] buf, int off, int len) {
        if (len <= CRC_CHARS + 1 || buf[off + CRC_CHARS] != ' ') {
            return null;
        }
        long expected;
        try {
            expected = Long.parseLong(new String(buf, off, CRC_CHARS, StandardCharsets.US_ASCII), 16);
        } catch (NumberFormatException e) {
            return null;
        }
        CRC32C crc = new CRC32C();
        crc.update(buf, off + CRC_CHARS + 1, len - CRC_CHARS - 1);
        if (crc.getValue() != expected) {
            return null;
        }
        try {
            return record(MAPPER.readTree(buf, off + CRC_CHARS + 1, len - CRC_CHARS - 1));
        } catch (IOException | IllegalArgumentException | DateTimeParseException
                 | InvalidInputException e) {
            return null;
        }
    }

    /** @return whether the line starts like a commit line (a cheap test before {@link #decode}) */
    static boolean looksLikeCommit(byte[] buf, int off, int len) {
        int start = off + CRC_CHARS + 1;
        return len > CRC_CHARS + 1 + COMMIT_PREFIX.length
                && Arrays.equals(buf, start, start + COMMIT_PREFIX.length, COMMIT_PREFIX, 0, COMMIT_PREFIX.length);
    }

    private static LogLine record(JsonNode node) {
        if (node != null && node.hasNonNull("seq")) {
            MessageDraft draft = new MessageDraft(node.hasNonNull("id") ? node.get("id").asText() : null,
                    text(node, "author"), Role.valueOf(text(node, "role")), text(node, "content"),
                    MAPPER.convertValue(node.path("attributes"), StringMap.TYPE));
            return new LogLine(new ChatMessage(node.get("seq").asLong(),
                    Instant.parse(text(node, "at")), draft), null);
        }
        if (node != null && node.hasNonNull("commit")) {
            String expires = node.hasNonNull("expiresAt") ? node.get("expiresAt").asText() : null;
            return new LogLine(null, new Commit(node.get("commit").asLong(), node.path("lastSeq").asLong(-1),
                    Instant.parse(text(node, "updatedAt")), expires == null ? null : Instant.parse(expires),
                    node.path("synced").asLong(-1)));
        }
        throw new IllegalArgumentException("neither a message nor a commit");
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("field " + field + " missing");
        }
        return value.asText();
    }
}
