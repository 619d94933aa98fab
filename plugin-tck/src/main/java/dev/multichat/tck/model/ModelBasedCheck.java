package dev.multichat.tck.model;

import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import dev.multichat.tck.support.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs one script of operations against the store under test and against the reference
 * {@code memory:} store, both on one {@link MutableClock}, and fails at the first step whose
 * observable outcome (return value, or exception type) differs, then compares the final state
 * of every session and owner. The failure message lists the script with the differing step
 * marked.
 */
public final class ModelBasedCheck {
    private static final int SESSIONS = 3;
    private static final int OWNERS = 2;

    private ModelBasedCheck() {
    }

    /**
     * @param openStore opens the store under test on the given clock (the fixture's openStore)
     * @param ops the script
     * @throws AssertionError describing the first difference
     */
    public static void run(Function<Clock, SessionStore> openStore, List<ModelOp> ops) {
        MutableClock clock = new MutableClock();
        try (SessionStore reference = SessionStores.open(StoreConfig.of("memory:").withClock(clock));
             SessionStore tested = openStore.apply(clock)) {
            List<ModelOp> script = new ArrayList<>(ops);
            for (int step = 0; step < script.size(); step++) {
                ModelOp op = script.get(step);
                if (op.kind() == ModelOpKind.ADVANCE) {
                    clock.advance(Duration.ofSeconds(op.a()));
                } else {
                    compare(script, step, reference, tested);
                }
            }
            script.addAll(finalChecks());
            for (int step = ops.size(); step < script.size(); step++) {
                compare(script, step, reference, tested);
            }
        }
    }

    private static void compare(List<ModelOp> script, int step, SessionStore reference, SessionStore tested) {
        ModelOp op = script.get(step);
        Outcome expected = Outcome.of(() -> op.kind().apply(reference, op));
        Outcome actual = Outcome.of(() -> op.kind().apply(tested, op));
        if (!expected.equals(actual)) {
            throw new AssertionError(report(script, step, expected, actual));
        }
    }

    /**
     * After the script: every session's state, all its messages, a short tail and a short page
     * after seq 1 (bounded reads differ from "all" only when the session holds more), and every
     * owner's full listing.
     */
    private static List<ModelOp> finalChecks() {
        List<ModelOp> checks = new ArrayList<>();
        for (int s = 0; s < SESSIONS; s++) {
            checks.add(new ModelOp(ModelOpKind.FIND, s, 0, 0, ModelExpect.ANY));
            checks.add(new ModelOp(ModelOpKind.READ, s, 0, 0, ModelExpect.ANY));
            checks.add(new ModelOp(ModelOpKind.READ, s, 1, 1, ModelExpect.ANY));
            checks.add(new ModelOp(ModelOpKind.READ, s, 2, 1, ModelExpect.ANY));
        }
        for (int owner = 0; owner < OWNERS; owner++) {
            checks.add(new ModelOp(ModelOpKind.LIST, 0, owner, 2, ModelExpect.ANY));
        }
        return checks;
    }

    private static String report(List<ModelOp> script, int step, Outcome expected, Outcome actual) {
        StringBuilder text = new StringBuilder("the store under test differs from the reference memory: store at step ")
                .append(step + 1).append(" of this script (clock starts at ").append(MutableClock.START).append("):\n");
        for (int i = 0; i < script.size() && i <= step; i++) {
            text.append(i == step ? "  >> " : "     ").append(i + 1).append(". ").append(script.get(i)).append('\n');
        }
        return text.append("reference memory: ").append(expected).append("\nstore under test: ").append(actual)
                .toString();
    }
}
