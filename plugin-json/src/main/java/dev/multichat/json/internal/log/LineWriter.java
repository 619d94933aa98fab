package dev.multichat.json.internal.log;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageDraft;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * Encodes log lines ({@code <crc32c of the JSON, 8 lower-case hex digits> <JSON>\n}) one after
 * the other into one growing buffer: each line's JSON is generated in place, then its checksum
 * is written into the 8 bytes left for it, so a batch is encoded without copying a line. Not
 * thread-safe; one per write.
 */
public final class LineWriter extends ByteArrayOutputStream {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** @param sizeHint the expected size of everything written, in bytes */
    public LineWriter(int sizeHint) {
        super(sizeHint);
    }

    /** Appends a message line. */
    public void message(ChatMessage message) {
        int start = begin();
        try (JsonGenerator g = FACTORY.createGenerator(this)) {
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
        end(start);
    }

    /** Appends a commit line. */
    public void commit(Commit commit) {
        int start = begin();
        try (JsonGenerator g = FACTORY.createGenerator(this)) {
            g.writeStartObject();
            g.writeNumberField("commit", commit.version());
            g.writeNumberField("lastSeq", commit.lastSeq());
            g.writeStringField("updatedAt", commit.updatedAt().toString());
            g.writeStringField("expiresAt", commit.expiresAt() == null ? null : commit.expiresAt().toString());
            g.writeNumberField("synced", commit.synced());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("encoding a commit line in memory failed", e);
        }
        end(start);
    }

    /** @return everything written so far, without a copy */
    public ByteBuffer buffer() {
        return ByteBuffer.wrap(buf, 0, count);
    }

    /** Leaves room for the checksum and its space. @return where the line starts */
    private int begin() {
        int start = count;
        for (int i = 0; i <= LineCodec.CRC_CHARS; i++) {
            write(' ');
        }
        return start;
    }

    /** Writes the checksum of the JSON into the room left for it, and the newline. */
    private void end(int start) {
        int json = start + LineCodec.CRC_CHARS + 1;
        CRC32C crc = new CRC32C();
        crc.update(buf, json, count - json);
        long value = crc.getValue();
        for (int i = LineCodec.CRC_CHARS - 1; i >= 0; i--) {
            buf[start + i] = HEX[(int) (value & 0xf)];
            value >>>= 4;
        }
        write('\n');
    }
}
