package dev.multichat.api;

/**
 * How a store operation ended, as {@link StoreMetrics} reports it: {@link #OK} or the kind of
 * {@link StoreException} raised. The tag of a failure is the exception's simple class name.
 */
public enum StoreOutcome {
    /** Completed normally. */
    OK("ok", null),
    /** {@link SessionNotFoundException}. */
    SESSION_NOT_FOUND("SessionNotFoundException", SessionNotFoundException.class),
    /** {@link SessionExistsException}. */
    SESSION_EXISTS("SessionExistsException", SessionExistsException.class),
    /** {@link VersionConflictException}. */
    VERSION_CONFLICT("VersionConflictException", VersionConflictException.class),
    /** {@link InvalidInputException}. */
    INVALID_INPUT("InvalidInputException", InvalidInputException.class),
    /** {@link StoreUnavailableException}. */
    UNAVAILABLE("StoreUnavailableException", StoreUnavailableException.class),
    /** {@link CorruptDataException}. */
    CORRUPT_DATA("CorruptDataException", CorruptDataException.class),
    /** {@link StoreClosedException}. */
    CLOSED("StoreClosedException", StoreClosedException.class),
    /** {@link PluginException}. */
    PLUGIN("PluginException", PluginException.class),
    /** Any other exception (a bug in a backend). */
    OTHER("other", null);

    private static final StoreOutcome[] FAILURES = {SESSION_NOT_FOUND, SESSION_EXISTS, VERSION_CONFLICT,
        INVALID_INPUT, CLOSED, UNAVAILABLE, CORRUPT_DATA, PLUGIN};

    private final String tag;
    private final Class<? extends Throwable> type;

    StoreOutcome(String tag, Class<? extends Throwable> type) {
        this.tag = tag;
        this.type = type;
    }

    /** @return {@code ok}, the exception's simple class name, or {@code other} */
    public String tag() {
        return tag;
    }

    /**
     * @param failure what an operation raised
     * @return its outcome; subclasses of the listed exceptions map to their listed parent
     */
    public static StoreOutcome of(Throwable failure) {
        for (StoreOutcome outcome : FAILURES) {
            if (outcome.type.isInstance(failure)) {
                return outcome;
            }
        }
        return OTHER;
    }
}
