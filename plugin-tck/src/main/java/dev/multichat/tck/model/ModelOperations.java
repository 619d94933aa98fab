package dev.multichat.tck.model;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;
import net.jqwik.api.Combinators;

/**
 * Generates scripts of up to 30 operations over three sessions (s0..s2) and two owners, with
 * appends weighted up so histories grow, message ids drawn from a small pool so retries and
 * mixed batches happen, and clock advances of up to 12 s against 10 s TTLs.
 */
public final class ModelOperations implements ArbitrarySupplier<List<ModelOp>> {
    /** Longest script. */
    static final int MAX_OPS = 30;

    @Override
    public Arbitrary<List<ModelOp>> get() {
        Arbitrary<Integer> session = Arbitraries.integers().between(0, 2);
        Arbitrary<ModelExpect> expect = Arbitraries.of(ModelExpect.class);
        Arbitrary<ModelOp> create = Combinators.combine(session, Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(0, 2)).as((s, owner, ttl) -> op(ModelOpKind.CREATE, s, owner, ttl));
        Arbitrary<ModelOp> append = Combinators.combine(session, Arbitraries.integers().between(1, 3),
                Arbitraries.integers().between(-1, 6), expect)
                .as((s, n, ids, e) -> new ModelOp(ModelOpKind.APPEND, s, n, ids, e));
        Arbitrary<ModelOp> advance = Arbitraries.integers().between(1, 12).map(sec -> op(ModelOpKind.ADVANCE, 0, sec,
                0));
        Arbitrary<ModelOp> update = Combinators.combine(session, Arbitraries.integers().between(0, 4), expect)
                .as((s, patch, e) -> new ModelOp(ModelOpKind.UPDATE, s, patch, 0, e));
        Arbitrary<ModelOp> trim = Combinators.combine(session, Arbitraries.integers().between(0, 8))
                .as((s, through) -> op(ModelOpKind.TRIM, s, through, 0));
        Arbitrary<ModelOp> delete = session.map(s -> op(ModelOpKind.DELETE, s, 0, 0));
        Arbitrary<ModelOp> read = Combinators.combine(session, Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 4)).as((s, kind, n) -> op(ModelOpKind.READ, s, kind, n));
        Arbitrary<ModelOp> find = session.map(s -> op(ModelOpKind.FIND, s, 0, 0));
        Arbitrary<ModelOp> list = Combinators.combine(Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(1, 3)).as((owner, limit) -> op(ModelOpKind.LIST, 0, owner, limit));
        Arbitrary<ModelOp> any = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, create), net.jqwik.api.Tuple.of(8, append), net.jqwik.api.Tuple.of(2,
                        advance),
                net.jqwik.api.Tuple.of(2, update), net.jqwik.api.Tuple.of(2, trim), net.jqwik.api.Tuple.of(1, delete),
                net.jqwik.api.Tuple.of(2, read), net.jqwik.api.Tuple.of(1, find), net.jqwik.api.Tuple.of(2, list));
        return any.list().ofMaxSize(MAX_OPS);
    }

    private static ModelOp op(ModelOpKind kind, int session, int a, int b) {
        return new ModelOp(kind, session, a, b, ModelExpect.ANY);
    }
}
