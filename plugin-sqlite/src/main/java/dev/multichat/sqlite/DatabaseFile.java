package dev.multichat.sqlite;

import dev.multichat.api.CorruptDataException;
import dev.multichat.api.InvalidInputException;
import dev.multichat.api.StoreUnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Checks a database path before SQLite touches it, so that a wrong path, a file that is not
 * a SQLite database, an empty or truncated database or a read-only file is refused with a
 * message naming the path, and nothing of the file is changed. Reads at most the 100-byte
 * header.
 *
 * <p>Never stricter than SQLite's own recovery: a size that a write-ahead log beside the file
 * may explain (a checkpoint torn by a power cut leaves the main file at a part of a page, while
 * the WAL still holds every page it was copying) is not refused here but returned as a doubt,
 * for {@link Migrations#probe} to judge after SQLite has read the file through its WAL.
 */
final class DatabaseFile {
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = 100;
    private static final Set<PosixFilePermission> WRITE = EnumSet.of(PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    private DatabaseFile() {
    }

    /**
     * What the check found.
     *
     * @param path the absolute database file; it need not exist yet (SQLite then creates it)
     * @param doubt what the file's size suggests that the WAL beside it may explain, or null
     */
    record Checked(Path path, String doubt) {
    }

    /**
     * @param path the database file as configured
     * @return the absolute path, and a doubt for SQLite to settle if there is one
     * @throws InvalidInputException if the directory is missing or the path is not a file
     * @throws StoreUnavailableException if the file or directory cannot be written
     * @throws CorruptDataException if the file is empty, not a SQLite database, or truncated
     *     with no WAL beside it
     */
    static Checked check(Path path) {
        Path file = path.toAbsolutePath().normalize();
        Path dir = file.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new InvalidInputException("sqlite database " + file + ": directory " + dir
                    + " does not exist; create it first or correct the path");
        }
        if (Files.notExists(file)) {
            requireWritable(dir, "its directory " + dir + " is not writable, so the database"
                    + " cannot be created; fix the directory's permissions");
            return new Checked(file, null);
        }
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("sqlite database " + file + " is not a regular file;"
                    + " point the store at a database file, e.g. sqlite:data/chats.db");
        }
        requireWritable(file, "the file is read-only; make it writable (chmod u+w) or copy it"
                + " to a writable location");
        requireWritable(dir, "its directory " + dir + " is not writable, which SQLite needs for its"
                + " -wal and -shm files; fix the directory's permissions");
        return new Checked(file, checkHeader(file));
    }

    private static void requireWritable(Path target, String problem) {
        boolean writable = Files.isWritable(target);
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (writable && view != null) {
            try {
                Set<PosixFilePermission> perms = view.readAttributes().permissions();
                writable = perms.stream().anyMatch(WRITE::contains);
            } catch (IOException e) {
                throw new StoreUnavailableException("sqlite database path " + target
                        + ": cannot read its permissions; check the file system", e);
            }
        }
        if (!writable) {
            throw new StoreUnavailableException("sqlite database " + target + " cannot be opened"
                    + " for writing: " + problem);
        }
    }

    /** @return the doubt the WAL may settle, or null */
    private static String checkHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            byte[] header = in.readNBytes(HEADER);
            if (size == 0) {
                throw corrupt(file, "is empty (0 bytes), as a database truncated by a failed copy or"
                        + " restore would be; it is not adopted as a new database. To keep the data,"
                        + " restore the file from a backup" + (hasWal(file) ? " (keep its -wal file)" : "")
                        + "; to start a fresh database, delete the empty file and open the store again");
            }
            if (header.length < MAGIC.length || !Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
                throw corrupt(file, "is not a SQLite database (its first bytes are not the SQLite"
                        + " header); point the store at a SQLite file or at a new path");
            }
            return checkSize(file, header, size);
        } catch (IOException e) {
            throw new StoreUnavailableException("sqlite database " + file + " cannot be read: "
                    + e.getMessage() + "; check the file and its permissions", e);
        }
    }

    private static String checkSize(Path file, byte[] header, long size) {
        if (header.length < HEADER) {
            throw corrupt(file, "is truncated: " + size + " bytes, shorter than the 100-byte"
                    + " header; restore it from a backup");
        }
        ByteBuffer buf = ByteBuffer.wrap(header);
        int pageSize = pageSize(buf);
        String fraction = size + " bytes is not a whole number of pages (page size field "
                + Short.toUnsignedInt(buf.getShort(16)) + ")";
        if (pageSize == 0) {
            throw corrupt(file, "is truncated or damaged: " + fraction + "; restore it from a backup");
        }
        boolean wal = hasWal(file);
        if (size % pageSize != 0) {
            if (wal) {
                return fraction;
            }
            throw corrupt(file, "is truncated or damaged: " + fraction + " and no write-ahead log lies"
                    + " beside it to recover from; restore it from a backup");
        }
        if (!wal) {
            checkPageCount(file, buf, pageSize, size);
        }
        return null;
    }

    /** Refuses a file (with no WAL beside it) shorter than the pages its header counts. */
    private static void checkPageCount(Path file, ByteBuffer header, int pageSize, long size) {
        long pages = Integer.toUnsignedLong(header.getInt(28));
        boolean countValid = header.getInt(24) == header.getInt(92);
        if (countValid && pages * pageSize > size) {
            throw corrupt(file, "is truncated: its header counts " + pages + " pages of " + pageSize
                    + " bytes but the file holds " + size + " bytes; restore it from a backup");
        }
    }

    /** @return the header's page size, or 0 if the field holds no valid page size */
    private static int pageSize(ByteBuffer header) {
        int field = Short.toUnsignedInt(header.getShort(16));
        int size = field == 1 ? 65_536 : field;
        return size >= 512 && Integer.bitCount(size) == 1 ? size : 0;
    }

    private static boolean hasWal(Path file) {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        try {
            return Files.exists(wal) && Files.size(wal) > 0;
        } catch (IOException e) {
            return true;
        }
    }

    private static CorruptDataException corrupt(Path file, String problem) {
        return new CorruptDataException("sqlite database " + file + " " + problem
                + "; the file was left unchanged");
    }
}
