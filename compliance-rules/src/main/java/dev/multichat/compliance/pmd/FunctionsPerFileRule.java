package dev.multichat.compliance.pmd;

import java.util.List;
import net.sourceforge.pmd.lang.java.ast.ASTCompactConstructorDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTCompilationUnit;
import net.sourceforge.pmd.lang.java.ast.ASTExecutableDeclaration;
import net.sourceforge.pmd.lang.java.ast.JavaNode;
import net.sourceforge.pmd.lang.java.rule.AbstractJavaRulechainRule;
import net.sourceforge.pmd.properties.PropertyDescriptor;

/**
 * V2 "functions per file": methods (annotation elements included), constructors and compact
 * record constructors declared anywhere in the file, nested, local and anonymous types
 * included; lambdas do not count. Property {@code maxFunctions}, default 10.
 */
public class FunctionsPerFileRule extends AbstractJavaRulechainRule {

    private static final PropertyDescriptor<Integer> MAX =
            Limits.maxProperty("maxFunctions", 10, "number of functions in a file");

    /** Creates the rule; PMD sets its properties from the ruleset. */
    public FunctionsPerFileRule() {
        super(ASTCompilationUnit.class);
        definePropertyDescriptor(MAX);
    }

    @Override
    public Object visit(ASTCompilationUnit file, Object data) {
        List<JavaNode> functions = file.descendants(JavaNode.class)
                .crossFindBoundaries()
                .filter(FunctionsPerFileRule::isFunction)
                .toList();
        Limits.reportIfOver(this, asCtx(data), functions, getProperty(MAX));
        return data;
    }

    private static boolean isFunction(JavaNode node) {
        return node instanceof ASTExecutableDeclaration || node instanceof ASTCompactConstructorDeclaration;
    }
}
