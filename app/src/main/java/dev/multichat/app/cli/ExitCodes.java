package dev.multichat.app.cli;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.StoreClosedException;
import dev.multichat.api.StoreUnavailableException;
import dev.multichat.app.transfer.ImportException;
import picocli.CommandLine;

/**
 * The exit codes of {@code multichat}, documented in its help: 0 done, 1 failed, 2 bad usage
 * (including a bad store URI or option), 3 a store unavailable, 4 data refused (an import line,
 * a migrate that did not verify).
 */
final class ExitCodes implements CommandLine.IExitCodeExceptionMapper {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int UNAVAILABLE = 3;
    static final int DATA = 4;

    @Override
    public int getExitCode(Throwable error) {
        if (error instanceof ImportException || error instanceof VerificationFailed) {
            return DATA;
        }
        if (error instanceof StoreUnavailableException || error instanceof StoreClosedException) {
            return UNAVAILABLE;
        }
        if (error instanceof InvalidInputException || error instanceof IllegalArgumentException
                || error instanceof CommandLine.ParameterException) {
            return USAGE;
        }
        return FAILED;
    }
}
