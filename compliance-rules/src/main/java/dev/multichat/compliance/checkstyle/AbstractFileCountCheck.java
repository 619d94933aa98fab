package dev.multichat.compliance.checkstyle;

import com.puppycrawl.tools.checkstyle.api.AbstractCheck;
import com.puppycrawl.tools.checkstyle.api.DetailAST;

/**
 * Counts the tokens of {@link #getRequiredTokens()} over a whole file (every nested, local and
 * anonymous type included) and reports once, at the first token over the limit, when the file
 * has more than {@code max}. Not thread-safe (Checkstyle uses one instance per thread).
 */
public abstract class AbstractFileCountCheck extends AbstractCheck {

    private int max;
    private int count;
    private DetailAST firstOver;

    /**
     * Creates the check with its default limit.
     *
     * @param defaultMax the limit used when the configuration sets no {@code max}
     */
    protected AbstractFileCountCheck(int defaultMax) {
        this.max = defaultMax;
    }

    /**
     * Sets the largest count that passes.
     *
     * @param max the limit, positive
     */
    public void setMax(int max) {
        this.max = max;
    }

    @Override
    public int[] getDefaultTokens() {
        return getRequiredTokens();
    }

    @Override
    public int[] getAcceptableTokens() {
        return getRequiredTokens();
    }

    @Override
    public void beginTree(DetailAST rootAst) {
        count = 0;
        firstOver = null;
    }

    @Override
    public void visitToken(DetailAST ast) {
        count++;
        if (count == max + 1) {
            firstOver = ast;
        }
    }

    @Override
    public void finishTree(DetailAST rootAst) {
        if (firstOver != null) {
            log(firstOver, messageKey(), count, max);
        }
    }

    /** The key in {@code messages.properties} of this package; arguments are count and limit. */
    protected abstract String messageKey();
}
