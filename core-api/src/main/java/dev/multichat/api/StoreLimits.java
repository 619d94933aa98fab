package dev.multichat.api;

import dev.multichat.internal.Require;

/**
 * Size bounds checked before any write. Oversized input fails with
 * {@link InvalidInputException} and nothing is written.
 *
 * @param maxContentBytes most UTF-8 bytes of one message's content (default 1 MiB)
 * @param maxAttributes most attributes on one message (default 64)
 * @param maxMetadata most metadata entries on one session (default 64)
 * @param maxBatch most drafts in one append (default 1,000)
 */
public record StoreLimits(int maxContentBytes, int maxAttributes, int maxMetadata, int maxBatch) {
    /** The defaults. */
    public static final StoreLimits DEFAULTS = new StoreLimits(1 << 20, 64, 64, 1000);

    /**
     * @throws InvalidInputException if a bound is not positive
     */
    public StoreLimits {
        Require.argument(maxContentBytes > 0 && maxAttributes > 0 && maxMetadata > 0 && maxBatch > 0,
                "every store limit must be positive, got content=%d attributes=%d metadata=%d"
                        + " batch=%d", maxContentBytes, maxAttributes, maxMetadata, maxBatch);
    }
}
