package dev.multichat.tck;

import dev.multichat.tck.model.ModelBasedCheck;
import dev.multichat.tck.model.ModelOp;
import dev.multichat.tck.model.ModelOperations;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;

/**
 * Model-based check, run by jqwik: random scripts of operations give the same observable
 * results on the store under test as on the reference {@code memory:} store. jqwik runs this
 * {@code @Property} default method for every class implementing the interface, and shrinks a
 * failing script to a short one.
 *
 * <p>jqwik instantiates the test class itself, so {@link #openStore} must not depend on JUnit
 * Jupiter injection (such as {@code @TempDir} fields).
 */
public interface ModelBasedContract extends StoreFixture {

    @Property(tries = 80)
    @Label("Model-based: random scripts of create, append (with and without versions and ids), clock advances with"
            + " TTLs,"
            + " update, trim, delete, read, find and list give the same results as the memory: reference store.")
    default void behavesLikeTheReferenceStore(@ForAll(supplier = ModelOperations.class) List<ModelOp> ops) {
        ModelBasedCheck.run(this::openStore, ops);
    }
}
