package dev.multichat.tck.model;

import java.util.function.Supplier;

/**
 * What one operation showed a caller: its return value, or the type of exception it threw.
 *
 * @param value the returned value (null for a throw)
 * @param thrown the simple name of the exception's class, or null
 */
record Outcome(Object value, String thrown) {
    /** @return the outcome of running {@code call} */
    static Outcome of(Supplier<Object> call) {
        try {
            return new Outcome(call.get(), null);
        } catch (RuntimeException e) {
            return new Outcome(null, e.getClass().getSimpleName());
        }
    }

    @Override
    public String toString() {
        return thrown != null ? "throws " + thrown : "returns " + value;
    }
}
