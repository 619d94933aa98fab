package dev.multichat.app.cli;

/** A copy that did not verify; the message lists what differs. */
final class VerificationFailed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    VerificationFailed(String message) {
        super(message, null, false, false);
    }
}
