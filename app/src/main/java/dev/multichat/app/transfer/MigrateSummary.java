package dev.multichat.app.transfer;

import java.util.List;

/**
 * What a migrate run did.
 *
 * @param sessions sessions found in the source
 * @param alreadyComplete sessions the target already held whole (nothing written for them)
 * @param messagesCopied messages written in this run
 * @param mismatches one line per session whose copy does not match (empty when verified)
 * @param millis how long the run took
 */
public record MigrateSummary(long sessions, long alreadyComplete, long messagesCopied, List<String> mismatches,
                             long millis) {

    /**
     * Normalises the list.
     *
     * @param sessions sessions found in the source
     * @param alreadyComplete sessions the target already held whole
     * @param messagesCopied messages written in this run
     * @param mismatches mismatching sessions
     * @param millis how long the run took
     */
    public MigrateSummary {
        mismatches = List.copyOf(mismatches);
    }
}
