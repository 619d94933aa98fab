package dev.multichat.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The raw ceiling of a durable append to a file: a plain file opened for appending, one
 * ~200-byte line written and {@code FileChannel.force(false)} (fdatasync, the cheaper of the
 * two forces) per operation.
 */
@State(Scope.Thread)
public class RawFile {
    private final ByteBuffer line = ByteBuffer.wrap((Payload.TEXT.substring(1) + "\n")
            .getBytes(StandardCharsets.US_ASCII));
    private FileChannel channel;
    private Path dir;

    /**
     * Creates the file.
     *
     * @throws IOException if the file cannot be created
     */
    @Setup(Level.Trial)
    public void open() throws IOException {
        dir = DataDir.create("raw-file");
        channel = FileChannel.open(dir.resolve("raw.log"), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    /**
     * Appends one line and forces it to disk.
     *
     * @return bytes written
     * @throws IOException if the write or the force fails
     */
    int appendAndForce() throws IOException {
        line.rewind();
        int written = channel.write(line);
        channel.force(false);
        return written;
    }

    /**
     * Closes and deletes the file.
     *
     * @throws IOException if closing fails
     */
    @TearDown(Level.Trial)
    public void close() throws IOException {
        channel.close();
        DataDir.delete(dir);
    }
}
