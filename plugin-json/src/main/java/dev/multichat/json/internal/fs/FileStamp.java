package dev.multichat.json.internal.fs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * Identity and size of a file at one moment, to notice another process's change.
 *
 * @param key the file key (device and inode on Linux): a rename replaces it
 * @param size the size in bytes
 * @param modified the modification time
 */
public record FileStamp(Object key, long size, FileTime modified) {
    /** @return the file's stamp, or null if it does not exist */
    public static FileStamp of(Path file) throws IOException {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(a.fileKey(), a.size(), a.lastModifiedTime());
        } catch (NoSuchFileException e) {
            return null;
        }
    }
}
