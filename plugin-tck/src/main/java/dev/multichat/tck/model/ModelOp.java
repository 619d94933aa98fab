package dev.multichat.tck.model;

import dev.multichat.api.Expect;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;

/**
 * One step of a model-based run. What {@code a} and {@code b} mean depends on the kind (see
 * {@link ModelOpKind}); {@link #toString()} spells it out, so a shrunk failure reads as a
 * short script.
 *
 * @param kind which operation
 * @param session which of the sample sessions s0..s2
 * @param a first argument
 * @param b second argument
 * @param expect which version precondition a write carries
 */
public record ModelOp(ModelOpKind kind, int session, int a, int b, ModelExpect expect) {
    /** @return the session this step concerns */
    SessionId id() {
        return SessionId.of("s" + session);
    }

    /**
     * Resolves the precondition against what {@code store} shows now, as a caller would.
     *
     * @return the precondition to pass
     */
    Expect expectOn(SessionStore store) {
        if (expect == ModelExpect.ANY) {
            return Expect.any();
        }
        long current = store.find(id()).map(found -> found.version()).orElse(1L);
        return Expect.version(expect == ModelExpect.CURRENT ? current : current + 1);
    }

    @Override
    public String toString() {
        return kind.describe(this);
    }
}
