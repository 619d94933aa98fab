package dev.multichat.app.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.multichat.app.wire.Json;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads a request's JSON body within a byte limit: a body that is not {@code application/json}
 * is a 415, one over the limit a 413 (checked on the declared length and again while reading,
 * so a chunked body cannot slip past), anything unparseable a 400. Thread-safe.
 *
 * <p>A body over the limit is read off and dropped, up to twice the limit (at least 1 MiB), before the
 * 413 goes out: the client, still sending, then reads the answer, and the connection stays open for
 * its next request. A server that answered and closed with the body still arriving would make the
 * client's TCP stack see a reset, and most clients then report a broken connection instead of the
 * 413. A larger body is not read: the answer goes out and the connection closes.
 */
final class Bodies {

    /** The largest array a JVM reliably allocates. */
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    /** The least of an oversized body that is read off before the 413. */
    private static final long MIN_DISCARD = 1024 * 1024;

    private final long maxBytes;
    private final long discardLimit;

    /**
     * A reader with a limit.
     *
     * @param maxBytes the largest body accepted, in bytes
     */
    Bodies(long maxBytes) {
        this.maxBytes = maxBytes;
        this.discardLimit = Math.max(MIN_DISCARD, maxBytes > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : 2 * maxBytes);
    }

    /**
     * Parses the body into a type.
     *
     * @param ctx the request
     * @param type the record to bind
     * @param <T> its type
     * @return the bound value, never {@code null}
     * @throws IOException when reading or parsing fails (mapped to a 400 JSON error)
     */
    <T> T read(Context ctx, Class<T> type) throws IOException {
        String contentType = ctx.header("Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(415, "unsupported_media_type", "send the body as application/json");
        }
        byte[] bytes = bytes(ctx.req().getInputStream(), ctx.req().getContentLengthLong());
        ObjectMapper mapper = Json.MAPPER;
        T value = mapper.readValue(bytes, type);
        if (value == null) {
            throw new ApiException(400, "malformed_json", "the body is empty or null; send one JSON object");
        }
        return value;
    }

    private byte[] bytes(InputStream in, long declared) throws IOException {
        if (declared > maxBytes) {
            if (declared <= discardLimit) {
                in.skip(declared);
            }
            throw tooLarge();
        }
        return declared >= 0 && declared <= MAX_ARRAY ? readDeclared(in, (int) declared) : readCapped(in);
    }

    /**
     * Reads a body of a declared length into an array of that size (reading up to the cap would
     * allocate and zero an 8 KiB buffer per request, then copy). The server ends the body's
     * stream at the declared length; what arrived of a body cut short is parsed as before (and
     * refused as malformed JSON).
     */
    private static byte[] readDeclared(InputStream in, int length) throws IOException {
        byte[] bytes = new byte[length];
        int read = in.readNBytes(bytes, 0, length);
        return read == length ? bytes : Arrays.copyOf(bytes, read);
    }

    private byte[] readCapped(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(MAX_ARRAY, maxBytes + 1));
        if (bytes.length > maxBytes) {
            in.skip(discardLimit - bytes.length);
            throw tooLarge();
        }
        return bytes;
    }

    private ApiException tooLarge() {
        return new ApiException(413, "body_too_large", "the body is larger than " + maxBytes
                + " bytes; send smaller batches");
    }
}
