package dev.multichat.compliance.pmd;

import net.sourceforge.pmd.lang.java.ast.ASTConstructorDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTExecutableDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTMethodDeclaration;
import net.sourceforge.pmd.lang.java.metrics.JavaMetrics;
import net.sourceforge.pmd.lang.java.rule.AbstractJavaRulechainRule;
import net.sourceforge.pmd.lang.metrics.MetricsUtil;
import net.sourceforge.pmd.properties.PropertyDescriptor;

/**
 * V2 "cyclomatic complexity per function", computed by PMD's own CYCLO metric (1 + each if,
 * loop, non-default case, catch, {@code &&}, {@code ||} and {@code ?:}). Unlike the built-in
 * CyclomaticComplexity rule, which reports AT its report level, this one reports only ABOVE
 * {@code maxComplexity} (default 10), so code exactly at the limit passes.
 */
public class ComplexityRule extends AbstractJavaRulechainRule {

    private static final PropertyDescriptor<Integer> MAX =
            Limits.maxProperty("maxComplexity", 10, "cyclomatic complexity of a function");

    /** Creates the rule; PMD sets its properties from the ruleset. */
    public ComplexityRule() {
        super(ASTMethodDeclaration.class, ASTConstructorDeclaration.class);
        definePropertyDescriptor(MAX);
    }

    @Override
    public Object visit(ASTMethodDeclaration method, Object data) {
        check(method, data);
        return data;
    }

    @Override
    public Object visit(ASTConstructorDeclaration constructor, Object data) {
        check(constructor, data);
        return data;
    }

    private void check(ASTExecutableDeclaration function, Object data) {
        if (!JavaMetrics.CYCLO.supports(function)) {
            return;
        }
        int cyclo = MetricsUtil.computeMetric(JavaMetrics.CYCLO, function);
        int max = getProperty(MAX);
        if (cyclo > max) {
            Limits.report(this, asCtx(data), function, function.getName(), cyclo, max);
        }
    }
}
