package dev.multichat.bench;

import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Threads;

/** The raw durable-append ceiling on one thread (see {@link RawFile}). */
@Threads(1)
public class RawFileBench extends QuickProfile {
    /**
     * One ~200-byte write plus one force.
     *
     * @param file the open file
     * @return bytes written
     * @throws IOException if the write or the force fails
     */
    @Benchmark
    public int writeAndForce(RawFile file) throws IOException {
        return file.appendAndForce();
    }
}
