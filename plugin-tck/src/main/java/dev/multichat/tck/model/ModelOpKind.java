package dev.multichat.tck.model;

import dev.multichat.api.SessionStore;

/**
 * The operations of a model-based run. What a step's {@code a} and {@code b} mean is listed on
 * each constant; {@link ModelOpText} spells a step out and {@link ModelOpAction} runs it.
 */
public enum ModelOpKind {
    /** Create session; a = owner 0..1, b = TTL (0 none, 1 absolute 10 s, 2 sliding 10 s). */
    CREATE,
    /** Append a drafts (1..3); b = first message id number, or -1 for drafts without ids. */
    APPEND,
    /** Move the clock forward by a seconds (applied once, shared by both stores). */
    ADVANCE,
    /** Update; a = 0 title, 1 metadata, 2 absolute TTL, 3 sliding TTL, 4 no TTL. */
    UPDATE,
    /** Trim through seq a. */
    TRIM,
    /** Delete. */
    DELETE,
    /** Read; a = 0 all, 1 tail(b + 1), 2 after(b, 2). */
    READ,
    /** Find. */
    FIND,
    /** List every page of owner a with page size b (1..3). */
    LIST;

    String describe(ModelOp op) {
        return ModelOpText.of(op);
    }

    Object apply(SessionStore store, ModelOp op) {
        return ModelOpAction.apply(store, op);
    }
}
