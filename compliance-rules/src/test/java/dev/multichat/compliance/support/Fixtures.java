package dev.multichat.compliance.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the deliberately failing fixture sources under src/test/fixtures (never compiled by Maven). */
public final class Fixtures {

    /** The fixture root, relative to the module directory surefire runs in. */
    public static final Path ROOT = Path.of("src", "test", "fixtures");

    private Fixtures() {
    }

    /** The fixture at {@code relative} (e.g. {@code "types/SixTypes.java"}), which must exist. */
    public static Path file(String relative) {
        Path file = ROOT.resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("No fixture " + file.toAbsolutePath()
                    + "; fixtures live under " + ROOT + " and tests run from the module directory");
        }
        return file;
    }
}
