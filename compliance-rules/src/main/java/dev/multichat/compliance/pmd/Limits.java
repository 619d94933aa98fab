package dev.multichat.compliance.pmd;

import java.util.List;
import net.sourceforge.pmd.lang.ast.Node;
import net.sourceforge.pmd.lang.rule.Rule;
import net.sourceforge.pmd.properties.PropertyDescriptor;
import net.sourceforge.pmd.properties.PropertyFactory;
import net.sourceforge.pmd.reporting.RuleContext;

/** Shared plumbing of the V2 PMD rules: the limit property and the report. */
final class Limits {

    private Limits() {
    }

    /** A positive integer rule property named {@code name} with the V2 default. */
    static PropertyDescriptor<Integer> maxProperty(String name, int defaultValue, String what) {
        return PropertyFactory.intProperty(name)
                .desc("Largest " + what + " that passes (V2 default " + defaultValue + ")")
                .defaultValue(defaultValue)
                .build();
    }

    /**
     * Reports at {@code items.get(max)} (the first item over the limit) when there are more than
     * {@code max} items; message arguments are {0} = count, {1} = limit. Not suppressible: the V2
     * limits have no escape hatch.
     */
    static void reportIfOver(Rule rule, RuleContext ctx, List<? extends Node> items, int max) {
        if (items.size() > max) {
            report(rule, ctx, items.get(max), items.size(), max);
        }
    }

    /** Reports {@code count} against {@code max} at {@code node}, bypassing suppression. */
    static void report(Rule rule, RuleContext ctx, Node node, Object... args) {
        ctx.addViolationNoSuppress(node, node.getAstInfo(), rule.getMessage(), args);
    }
}
