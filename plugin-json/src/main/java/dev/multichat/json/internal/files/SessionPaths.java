package dev.multichat.json.internal.files;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.SessionId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Where a store keeps its files: {@code <root>/sessions/<shard>/<id>/session.json} and
 * {@code messages.jsonl}, with {@code <shard>} the first byte (2 hex digits) of the SHA-256 of
 * the id; {@code <root>/trash/} for sessions being removed. Every path it returns is checked to
 * lie inside the root.
 */
public final class SessionPaths {
    public static final String META = "session.json";
    public static final String LOG = "messages.jsonl";
    private final Path root;
    private final Path sessions;

    public SessionPaths(Path root) {
        this.root = root;
        this.sessions = root.resolve("sessions");
    }

    public Path root() {
        return root;
    }

    public Path sessions() {
        return sessions;
    }

    public Path trash() {
        return root.resolve("trash");
    }

    /** @return the session's directory, never outside {@code <root>/sessions/<shard>/} */
    public Path dir(SessionId id) {
        return dir(id, hash(id));
    }

    /** @return where the session lives: its directory, files and lock position (one hash of the id) */
    public SessionPlace place(SessionId id) {
        byte[] hash = hash(id);
        Path dir = dir(id, hash);
        return new SessionPlace(id, dir, dir.resolve(META), dir.resolve(LOG), lockPosition(hash));
    }

    private Path dir(SessionId id, byte[] hash) {
        Path shard = sessions.resolve(String.format("%02x", hash[0] & 0xff));
        Path dir = shard.resolve(id.value()).normalize();
        if (!shard.equals(dir.getParent()) || !dir.getFileName().toString().equals(id.value())) {
            throw new InvalidInputException("session id '" + id.value() + "' would resolve to " + dir
                    + ", outside " + shard + "; use an id without path syntax");
        }
        return dir;
    }

    /** @return a byte position in the lock files that stands for the session with this id hash */
    private static long lockPosition(byte[] h) {
        long value = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            value = value << 8 | h[i] & 0xff;
        }
        return value >>> 2;
    }

    private static byte[] hash(SessionId id) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(id.value().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
