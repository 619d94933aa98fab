package dev.multichat.json.internal.files;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.multichat.api.CorruptDataException;
import dev.multichat.api.InvalidInputException;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionInfo;
import dev.multichat.api.SessionState;
import dev.multichat.api.Ttl;
import dev.multichat.json.internal.fs.FileOps;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;

/**
 * Reads and atomically replaces {@code session.json}: the session's info, TTL, creation time,
 * a random generation (new on every create) and its state as of the last rewrite.
 */
public final class MetaFile {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MetaFile() {
    }

    /** @throws CorruptDataException if the file is empty, cut off, not JSON or lacks a field */
    public static SessionMeta read(Path file, SessionId id) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            JsonNode n = MAPPER.readTree(bytes);
            if (n == null || !id.value().equals(n.path("id").asText())) {
                throw new IllegalArgumentException("no object with id '" + id.value() + "'");
            }
            JsonNode ttl = n.path("ttl");
            SessionInfo info = new SessionInfo(n.path("owner").asText(), n.path("title").asText(),
                    MAPPER.convertValue(n.path("metadata"), StringMap.TYPE),
                    new Ttl(Duration.ofMillis(ttl.path("millis").asLong()), ttl.path("sliding").asBoolean()));
            SessionState state = new SessionState(instant(n, "createdAt"), instant(n, "updatedAt"),
                    n.hasNonNull("expiresAt") ? instant(n, "expiresAt") : null,
                    n.path("version").asLong(), n.path("lastSeq").asLong());
            return new SessionMeta(n.path("generation").asText(), info, state);
        } catch (IOException | IllegalArgumentException | DateTimeParseException | InvalidInputException e) {
            throw new CorruptDataException(file + " (" + bytes.length + " bytes) is not a valid session"
                    + " metadata file: " + e.getMessage() + ". Restore it from a backup or delete the"
                    + " session's directory. Other sessions are unaffected.", e);
        }
    }

    private static Instant instant(JsonNode node, String field) {
        if (!node.path(field).isTextual()) {
            throw new IllegalArgumentException("field " + field + " is missing");
        }
        return Instant.parse(node.get(field).asText());
    }

    public static String newGeneration() {
        return UUID.randomUUID().toString();
    }

    /**
     * Writes a temporary file, forces it, renames it over session.json, and forces the directory
     * if {@code forceDir}. The file is forced in every fsync mode: a rename that reached the disk
     * before the content would replace good metadata with an empty file after a power cut.
     */
    public static void write(Path dir, SessionId id, SessionMeta meta, FileOps ops, boolean forceDir)
            throws IOException {
        Path temp = dir.resolve(SessionPaths.META + ".tmp-" + UUID.randomUUID());
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                ops.write(temp, ch, ByteBuffer.wrap(json(id, meta)));
                ops.force(temp, ch);
            }
            ops.move(temp, dir.resolve(SessionPaths.META));
        } finally {
            Files.deleteIfExists(temp);
        }
        if (forceDir) {
            ops.forceDir(dir);
        }
    }

    private static byte[] json(SessionId id, SessionMeta meta) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            SessionInfo info = meta.info();
            SessionState s = meta.state();
            g.writeStartObject();
            g.writeStringField("id", id.value());
            g.writeStringField("generation", meta.generation());
            g.writeStringField("owner", info.owner());
            g.writeStringField("title", info.title());
            g.writeObjectFieldStart("metadata");
            for (Map.Entry<String, String> e : info.metadata().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeObjectFieldStart("ttl");
            g.writeNumberField("millis", info.ttl().duration().toMillis());
            g.writeBooleanField("sliding", info.ttl().sliding());
            g.writeEndObject();
            g.writeStringField("createdAt", s.createdAt().toString());
            g.writeStringField("updatedAt", s.updatedAt().toString());
            g.writeStringField("expiresAt", s.expiresAt() == null ? null : s.expiresAt().toString());
            g.writeNumberField("version", s.version());
            g.writeNumberField("lastSeq", s.lastSeq());
            g.writeEndObject();
        }
        out.write('\n');
        return out.toByteArray();
    }
}
