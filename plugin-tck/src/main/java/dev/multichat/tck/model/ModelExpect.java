package dev.multichat.tck.model;

/** The version precondition of a model-based write. */
public enum ModelExpect {
    /** {@code Expect.any()}. */
    ANY,
    /** The version the store shows just before the write: it matches. */
    CURRENT,
    /** One above the version the store shows: it conflicts. */
    WRONG;

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
