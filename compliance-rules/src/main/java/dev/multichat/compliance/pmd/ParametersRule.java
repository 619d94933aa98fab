package dev.multichat.compliance.pmd;

import net.sourceforge.pmd.lang.java.ast.ASTFormalParameters;
import net.sourceforge.pmd.lang.java.ast.ASTRecordComponentList;
import net.sourceforge.pmd.lang.java.rule.AbstractJavaRulechainRule;
import net.sourceforge.pmd.properties.PropertyDescriptor;

/**
 * V2 "parameters per function": the formal parameters of a method or constructor, and the
 * components of a record (its canonical constructor's parameters). Lambdas do not count.
 * Property {@code maxParameters}, default 5; reports only above it.
 */
public class ParametersRule extends AbstractJavaRulechainRule {

    private static final PropertyDescriptor<Integer> MAX =
            Limits.maxProperty("maxParameters", 5, "number of parameters of a function");

    /** Creates the rule; PMD sets its properties from the ruleset. */
    public ParametersRule() {
        super(ASTFormalParameters.class, ASTRecordComponentList.class);
        definePropertyDescriptor(MAX);
    }

    @Override
    public Object visit(ASTFormalParameters parameters, Object data) {
        check(parameters.size(), parameters, data);
        return data;
    }

    @Override
    public Object visit(ASTRecordComponentList components, Object data) {
        check(components.size(), components, data);
        return data;
    }

    private void check(int count, net.sourceforge.pmd.lang.ast.Node node, Object data) {
        int max = getProperty(MAX);
        if (count > max) {
            Limits.report(this, asCtx(data), node, count, max);
        }
    }
}
