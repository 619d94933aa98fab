package dev.multichat.internal;

import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.StoreLimits;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks arguments against the configured {@link StoreLimits} before they reach a backend.
 * Every failure is an {@link dev.multichat.api.InvalidInputException} naming the parameter,
 * the value, the rule and the fix; nothing has been written when it is raised. Stateless
 * apart from the limits, so thread-safe.
 */
final class InputValidator {
    private final StoreLimits limits;

    InputValidator(StoreLimits limits) {
        this.limits = limits;
    }

    void create(NewSession spec) {
        Require.nonNull(spec, "new session spec");
        metadata(spec.info().metadata());
    }

    void update(SessionId id, SessionPatch patch, Expect expect) {
        Require.nonNull(id, "session id");
        Require.nonNull(patch, "session patch");
        Require.nonNull(expect, "expect");
        if (patch.metadata() != null) {
            metadata(patch.metadata());
        }
    }

    void trim(SessionId id, long throughSeq) {
        Require.nonNull(id, "session id");
        Require.argument(throughSeq >= 0, "throughSeq must not be negative, got %d; pass the"
                + " highest seq to remove (0 removes nothing)", throughSeq);
    }

    /**
     * @return an immutable copy of the checked drafts, so later changes to the caller's list
     *     cannot reach the backend
     */
    List<MessageDraft> append(SessionId id, List<MessageDraft> drafts, Expect expect) {
        Require.nonNull(id, "session id");
        Require.nonNull(drafts, "drafts");
        Require.nonNull(expect, "expect");
        int count = drafts.size();
        if (count == 0) {
            throw Require.invalid("drafts is empty; pass at least one MessageDraft to append");
        }
        if (count > limits.maxBatch()) {
            throw Require.invalid("drafts holds %d messages, more than %d per call (StoreLimits.maxBatch):"
                    + " split the batch, or raise the limit with StoreConfig.withLimits", count, limits.maxBatch());
        }
        Set<String> ids = null;
        int index = 0;
        for (MessageDraft draft : drafts) {
            draft(draft, index);
            if (draft.id() != null) {
                ids = ids == null ? new HashSet<>() : ids;
                if (!ids.add(draft.id())) {
                    throw Require.invalid("drafts[%d] repeats message id '%s' of an earlier draft"
                            + " in the batch; message ids must be unique", index, draft.id());
                }
            }
            index++;
        }
        return List.copyOf(drafts);
    }

    private void draft(MessageDraft draft, int index) {
        if (draft == null) {
            throw Require.invalid("drafts[%d] is null; remove it or pass a MessageDraft", index);
        }
        if (!Utf8Length.atMost(draft.content(), limits.maxContentBytes())) {
            throw Require.invalid("drafts[%d] content is %d UTF-8 bytes, more than %d"
                    + " (StoreLimits.maxContentBytes); split it into several messages or raise the"
                    + " limit with StoreConfig.withLimits", index, Utf8Length.of(draft.content()),
                    limits.maxContentBytes());
        }
        if (draft.attributes().size() > limits.maxAttributes()) {
            throw Require.invalid("drafts[%d] has %d attributes, more than %d"
                    + " (StoreLimits.maxAttributes); drop some or raise the limit with"
                    + " StoreConfig.withLimits", index,
                    draft.attributes().size(), limits.maxAttributes());
        }
    }

    private void metadata(Map<String, String> metadata) {
        Require.argument(metadata.size() <= limits.maxMetadata(), "metadata has %d entries, more"
                + " than %d (StoreLimits.maxMetadata); drop some or raise the limit with"
                + " StoreConfig.withLimits",
                metadata.size(), limits.maxMetadata());
    }
}
