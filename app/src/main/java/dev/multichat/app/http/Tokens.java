package dev.multichat.app.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Bearer tokens from a file, one per line: {@code <token> admin} or
 * {@code <token> owners=alice,bob}; blank lines and {@code #} comments are skipped. Tokens are
 * at least 16 characters. The file must not be readable by group or others. Only SHA-256 hashes
 * are kept, and a lookup compares every hash in constant time, so neither timing nor a heap dump
 * gives a token away; no token is ever logged or echoed. Immutable and thread-safe.
 */
public final class Tokens {

    private static final int MIN_LENGTH = 16;

    private final List<byte[]> hashes;
    private final List<Access> scopes;

    private Tokens(List<byte[]> hashes, List<Access> scopes) {
        this.hashes = List.copyOf(hashes);
        this.scopes = List.copyOf(scopes);
    }

    /**
     * Loads a token file.
     *
     * @param file the file
     * @return its tokens
     * @throws IOException when it cannot be read
     * @throws IllegalArgumentException when it is readable by others or a line is invalid (the
     *         message names the line number, never the token)
     */
    public static Tokens load(Path file) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix != null) {
            Set<PosixFilePermission> perms = posix.readAttributes().permissions();
            if (perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ)) {
                throw new IllegalArgumentException("token file " + file + " is readable by group or others;"
                        + " run: chmod 600 " + file);
            }
        }
        List<byte[]> hashes = new ArrayList<>();
        List<Access> scopes = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                String[] parts = line.split("\\s+");
                scopes.add(scope(parts, file, i + 1));
                hashes.add(sha256(parts[0]));
            }
        }
        if (hashes.isEmpty()) {
            throw new IllegalArgumentException("token file " + file + " holds no token; add lines"
                    + " '<token> admin' or '<token> owners=alice,bob'");
        }
        return new Tokens(hashes, scopes);
    }

    private static Access scope(String[] parts, Path file, int line) {
        String where = "token file " + file + " line " + line + ": ";
        if (parts.length != 2 || parts[0].length() < MIN_LENGTH) {
            throw new IllegalArgumentException(where + "write '<token of at least " + MIN_LENGTH
                    + " characters> admin' or '<token> owners=alice,bob'");
        }
        if ("admin".equals(parts[1])) {
            return Access.ADMIN;
        }
        if (parts[1].startsWith("owners=") && parts[1].length() > "owners=".length()) {
            return new Access(false, Set.copyOf(Arrays.asList(parts[1].substring("owners=".length()).split(","))));
        }
        throw new IllegalArgumentException(where + "the scope must be 'admin' or 'owners=a,b'");
    }

    /**
     * The scope of a presented token.
     *
     * @param token the bearer token as sent
     * @return its scope, or {@code null} when it is not a known token
     */
    public Access lookup(String token) {
        byte[] presented = sha256(token);
        Access found = null;
        for (int i = 0; i < hashes.size(); i++) {
            if (MessageDigest.isEqual(hashes.get(i), presented)) {
                found = scopes.get(i);
            }
        }
        return found;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
