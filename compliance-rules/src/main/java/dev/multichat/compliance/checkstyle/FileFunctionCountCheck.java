package dev.multichat.compliance.checkstyle;

import com.puppycrawl.tools.checkstyle.api.TokenTypes;

/**
 * V2 limit "functions per file": methods (annotation type elements included), constructors and
 * compact record constructors declared anywhere in the file. Lambdas do not count. Default 10.
 */
public class FileFunctionCountCheck extends AbstractFileCountCheck {

    /** Creates the check with the V2 default of 10. */
    public FileFunctionCountCheck() {
        super(10);
    }

    @Override
    public int[] getRequiredTokens() {
        return new int[] {
            TokenTypes.METHOD_DEF, TokenTypes.CTOR_DEF,
            TokenTypes.COMPACT_CTOR_DEF, TokenTypes.ANNOTATION_FIELD_DEF,
        };
    }

    @Override
    protected String messageKey() {
        return "v2.functions";
    }
}
