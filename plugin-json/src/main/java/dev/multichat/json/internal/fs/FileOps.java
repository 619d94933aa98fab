package dev.multichat.json.internal.fs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * The file operations whose failure matters for durability, behind one narrow seam so tests
 * can make the Nth one fail while the files underneath stay real.
 */
public interface FileOps {
    /** Writes every byte of {@code buffer} at the channel's position; {@code file} is the channel's file. */
    void write(Path file, FileChannel channel, ByteBuffer buffer) throws IOException;

    /** Forces the file's content and size to the device; {@code file} is the channel's file. */
    void force(Path file, FileChannel channel) throws IOException;

    /** Renames {@code from} over {@code to} atomically. */
    void move(Path from, Path to) throws IOException;

    /** Forces a directory, so that names created, renamed or removed in it are durable. */
    void forceDir(Path dir) throws IOException;

    /** @return the operations of the real file system */
    static FileOps real() {
        return new RealFileOps();
    }
}
