package dev.multichat.internal.feed;

/** A listener threw: carried out of a delivery so that only its own subscription ends. */
final class ListenerFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ListenerFailure(RuntimeException cause) {
        super(cause);
    }
}
