package dev.multichat.json.internal.log;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.multichat.api.InvalidInputException;
import java.io.IOException;
import java.time.format.DateTimeParseException;
import java.util.zip.CRC32C;

/**
 * Decodes log lines: {@code <crc32c of the JSON, 8 lower-case hex digits> <JSON>\n} (encoding is
 * {@link LineWriter}'s). A message line's JSON has a {@code seq}; a commit line's JSON has a
 * {@code commit} (the session version the batch produced).
 *
 * <p>What a read checks: the line's checksum, which catches any damage to its bytes since they
 * were written, and that it parses as the record it must be (the record types check their own
 * fields). It does not re-check anything an append checked before writing. Thread-safe.
 */
public final class LineCodec {
    static final int CRC_CHARS = 8;
    private static final JsonFactory FACTORY = new JsonFactory();

    private LineCodec() {
    }

    /**
     * @param buf bytes of one line without its newline
     * @return the decoded line, or null if the checksum does not match or it is no log record
     */
    public static LogLine decode(byte[] buf, int off, int len) {
        if (len <= CRC_CHARS + 1 || buf[off + CRC_CHARS] != ' ') {
            return null;
        }
        long expected = hex(buf, off);
        CRC32C crc = new CRC32C();
        crc.update(buf, off + CRC_CHARS + 1, len - CRC_CHARS - 1);
        if (expected < 0 || crc.getValue() != expected) {
            return null;
        }
        try (JsonParser p = FACTORY.createParser(buf, off + CRC_CHARS + 1, len - CRC_CHARS - 1)) {
            return LineFields.read(p);
        } catch (IOException | IllegalArgumentException | DateTimeParseException | InvalidInputException e) {
            return null;
        }
    }

    /** @return the 8 hex digits at {@code off} as a number, -1 if they are not */
    private static long hex(byte[] buf, int off) {
        long value = 0;
        for (int i = off; i < off + CRC_CHARS; i++) {
            int digit = Character.digit(buf[i], 16);
            if (digit < 0) {
                return -1;
            }
            value = value << 4 | digit;
        }
        return value;
    }
}
