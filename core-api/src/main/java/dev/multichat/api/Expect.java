package dev.multichat.api;

import dev.multichat.internal.Require;

/**
 * An optimistic-concurrency precondition for a write. {@link #any()} always matches;
 * {@link #version(long)} matches only a session at exactly that version, otherwise the write
 * fails with {@link VersionConflictException} and nothing is written.
 *
 * @param expected the expected version, or 0 for any
 */
public record Expect(long expected) {
    private static final Expect ANY = new Expect(0);

    /**
     * @throws InvalidInputException if negative
     */
    public Expect {
        Require.argument(expected >= 0, "expected version must be at least 1 (or use Expect.any()),"
                + " got %d", expected);
    }

    /** @return a precondition that always holds */
    public static Expect any() {
        return ANY;
    }

    /**
     * @param version the version the caller last saw, at least 1
     * @return a precondition that holds only at that version
     */
    public static Expect version(long version) {
        Require.argument(version >= 1, "expected version must be at least 1, got %d;"
                + " versions start at 1 when a session is created", version);
        return new Expect(version);
    }

    /** @return whether this precondition always holds */
    public boolean isAny() {
        return expected == 0;
    }

    /**
     * @param current the session's current version
     * @return whether a write may proceed
     */
    public boolean matches(long current) {
        return isAny() || expected == current;
    }
}
