package dev.multichat.tck;

import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageRange;
import dev.multichat.api.Page;
import dev.multichat.tck.model.ModelExpect;
import dev.multichat.tck.model.ModelOp;
import dev.multichat.tck.model.ModelOpKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A deliberate bug planted in the memory store (by rewriting the arguments or the result of
 * one method), with a contract check and a model-based script that must both catch it.
 */
enum Defect {
    /** Appends drop the caller's message ids, so retries are stored again. */
    FORGETS_MESSAGE_IDS("append", args -> replace(args, 1, ((List<?>) args[1]).stream()
            .map(d -> ((MessageDraft) d).withId(null)).toList()), UnaryOperator.identity(),
            contract -> contract.retryReturnsStoredMessages(), List.of(op(ModelOpKind.CREATE, 0, 0, 0),
            op(ModelOpKind.APPEND, 0, 2, 0), op(ModelOpKind.APPEND, 0, 2, 0))),
    /** Appends ignore the expected version. */
    IGNORES_EXPECTED_VERSION("append", args -> replace(args, 2, Expect.any()), UnaryOperator.identity(),
            contract -> contract.conflictCarriesVersions(), List.of(op(ModelOpKind.CREATE, 0, 0, 0),
            new ModelOp(ModelOpKind.APPEND, 0, 1, -1, ModelExpect.WRONG))),
    /** Trims stop one message short. */
    TRIMS_ONE_SHORT("trim", args -> replace(args, 1, Math.max(0, (Long) args[1] - 1)), UnaryOperator.identity(),
            contract -> contract.trimRemovesPrefix(4, 4), List.of(op(ModelOpKind.CREATE, 0, 0, 0),
            op(ModelOpKind.APPEND, 0, 3, -1), op(ModelOpKind.TRIM, 0, 2, 0))),
    /** Lists oldest activity first. */
    LISTS_IN_REVERSE("list", UnaryOperator.identity(), Defect::reversed,
            contract -> contract.newestActivityFirst(), List.of(op(ModelOpKind.CREATE, 0, 0, 0),
            op(ModelOpKind.ADVANCE, 0, 1, 0), op(ModelOpKind.CREATE, 1, 0, 0), op(ModelOpKind.LIST, 0, 0, 3))),
    /** tail(n) returns the oldest n messages. */
    TAIL_READS_OLDEST("read", args -> replace(args, 1, oldest((MessageRange) args[1])), UnaryOperator.identity(),
            contract -> contract.tailReturnsNewest(3, 8), List.of(op(ModelOpKind.CREATE, 0, 0, 0),
            op(ModelOpKind.APPEND, 0, 3, -1), op(ModelOpKind.READ, 0, 1, 0))),
    /** The store keeps its own frozen clock instead of the injected one. */
    IGNORES_INJECTED_CLOCK("", UnaryOperator.identity(), UnaryOperator.identity(),
            contract -> contract.shortestTtlIsExact(), List.of(op(ModelOpKind.CREATE, 0, 0, 1),
            op(ModelOpKind.ADVANCE, 0, 12, 0), op(ModelOpKind.FIND, 0, 0, 0)));

    final String method;
    final UnaryOperator<Object[]> arguments;
    final UnaryOperator<Object> result;
    final Consumer<SessionStoreContract> check;
    final List<ModelOp> script;

    Defect(String method, UnaryOperator<Object[]> arguments, UnaryOperator<Object> result,
           Consumer<SessionStoreContract> check, List<ModelOp> script) {
        this.method = method;
        this.arguments = arguments;
        this.result = result;
        this.check = check;
        this.script = script;
    }

    private static ModelOp op(ModelOpKind kind, int session, int a, int b) {
        return new ModelOp(kind, session, a, b, ModelExpect.ANY);
    }

    /** Replaces one argument; calls with fewer arguments (the default overloads) pass unchanged. */
    private static Object[] replace(Object[] args, int index, Object value) {
        if (index >= args.length) {
            return args;
        }
        Object[] copy = args.clone();
        copy[index] = value;
        return copy;
    }

    private static Object reversed(Object page) {
        @SuppressWarnings("unchecked")
        Page<ChatSession> original = (Page<ChatSession>) page;
        List<ChatSession> items = new ArrayList<>(original.items());
        Collections.reverse(items);
        return new Page<>(items, original.nextCursor());
    }

    private static MessageRange oldest(MessageRange range) {
        return range.kind() == MessageRange.Kind.TAIL ? MessageRange.after(0, range.limit()) : range;
    }
}
