package dev.multichat.compliance.pmd;

import net.sourceforge.pmd.lang.document.Chars;
import net.sourceforge.pmd.lang.java.ast.ASTCompilationUnit;
import net.sourceforge.pmd.lang.java.rule.AbstractJavaRulechainRule;
import net.sourceforge.pmd.properties.PropertyDescriptor;

/**
 * V2 "file length": physical lines of the file (a final line break does not start a new line).
 * Property {@code maxFileLines}, default 400.
 */
public class FileLengthRule extends AbstractJavaRulechainRule {

    private static final PropertyDescriptor<Integer> MAX =
            Limits.maxProperty("maxFileLines", 400, "number of lines in a file");

    /** Creates the rule; PMD sets its properties from the ruleset. */
    public FileLengthRule() {
        super(ASTCompilationUnit.class);
        definePropertyDescriptor(MAX);
    }

    @Override
    public Object visit(ASTCompilationUnit file, Object data) {
        int lines = physicalLines(file.getTextDocument().getText());
        int max = getProperty(MAX);
        if (lines > max) {
            Limits.report(this, asCtx(data), file, lines, max);
        }
        return data;
    }

    static int physicalLines(Chars text) {
        int breaks = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                breaks++;
            }
        }
        boolean unterminated = text.length() > 0 && text.charAt(text.length() - 1) != '\n';
        return unterminated ? breaks + 1 : breaks;
    }
}
