package dev.multichat.compliance.pmd;

import java.util.List;
import net.sourceforge.pmd.lang.java.ast.ASTAnonymousClassDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTCompilationUnit;
import net.sourceforge.pmd.lang.java.ast.ASTTypeDeclaration;
import net.sourceforge.pmd.lang.java.rule.AbstractJavaRulechainRule;
import net.sourceforge.pmd.properties.PropertyDescriptor;

/**
 * V2 "types per file": every class, interface, enum, record and annotation type declared in the
 * file, nested and local included; anonymous classes (and enum constant bodies) are not declared
 * types and do not count. Property {@code maxTypes}, default 5.
 */
public class TypesPerFileRule extends AbstractJavaRulechainRule {

    private static final PropertyDescriptor<Integer> MAX =
            Limits.maxProperty("maxTypes", 5, "number of types in a file");

    /** Creates the rule; PMD sets its properties from the ruleset. */
    public TypesPerFileRule() {
        super(ASTCompilationUnit.class);
        definePropertyDescriptor(MAX);
    }

    @Override
    public Object visit(ASTCompilationUnit file, Object data) {
        List<ASTTypeDeclaration> types = file.descendants(ASTTypeDeclaration.class)
                .crossFindBoundaries()
                .filter(type -> !(type instanceof ASTAnonymousClassDeclaration))
                .toList();
        Limits.reportIfOver(this, asCtx(data), types, getProperty(MAX));
        return data;
    }
}
