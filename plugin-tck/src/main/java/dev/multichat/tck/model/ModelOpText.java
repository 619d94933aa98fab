package dev.multichat.tck.model;

import java.util.List;

/** How a model-based step reads in a failure report, e.g. {@code append(s0, ids m0..m1, expect any)}. */
final class ModelOpText {
    private static final List<String> TTLS = List.of("none", "absolute 10s", "sliding 10s");
    private static final List<String> PATCHES = List.of("title", "metadata", "ttl absolute 10s", "ttl sliding 10s",
            "ttl none");

    private ModelOpText() {
    }

    static String of(ModelOp op) {
        String session = "s" + op.session();
        switch (op.kind()) {
            case CREATE:
                return "create(" + session + ", owner-" + op.a() + ", ttl " + TTLS.get(op.b()) + ")";
            case APPEND:
                return "append(" + session + ", " + drafts(op) + ", expect " + op.expect() + ")";
            case ADVANCE:
                return "advance clock " + op.a() + " s";
            case UPDATE:
                return "update(" + session + ", " + PATCHES.get(op.a()) + ", expect " + op.expect() + ")";
            case TRIM:
                return "trim(" + session + ", through " + op.a() + ")";
            case DELETE:
                return "delete(" + session + ")";
            case READ:
                return "read(" + session + ", " + range(op) + ")";
            case FIND:
                return "find(" + session + ")";
            default:
                return "list(owner-" + op.a() + ", pages of " + op.b() + ")";
        }
    }

    private static String drafts(ModelOp op) {
        if (op.b() < 0) {
            return op.a() + (op.a() == 1 ? " draft" : " drafts") + " without ids";
        }
        return "ids m" + op.b() + "..m" + (op.b() + op.a() - 1);
    }

    private static String range(ModelOp op) {
        if (op.a() == 0) {
            return "all";
        }
        return op.a() == 1 ? "tail " + (op.b() + 1) : "after " + op.b() + " limit 2";
    }
}
