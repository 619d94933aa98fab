package dev.multichat.json;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A child JVM that holds one byte-range lock, as another process's store does during a write:
 * {@code <lockFile> <position>} locks that byte, prints {@code held}, and releases it when its
 * standard input closes (the parent closes it, or dies).
 */
final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws IOException {
        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = channel.lock(Long.parseLong(args[1]), 1, false)) {
            System.out.println("held " + lock.position());
            System.out.flush();
            while (System.in.read() >= 0) {
                continue; // until the parent closes this process's standard input
            }
        }
    }
}
