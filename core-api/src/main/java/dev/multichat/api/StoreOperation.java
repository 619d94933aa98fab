package dev.multichat.api;

import java.util.Locale;

/** The operations of a {@link SessionStore}, as {@link StoreMetrics} reports them. */
public enum StoreOperation {
    /** {@link SessionCatalog#create}. */
    CREATE,
    /** {@link SessionCatalog#find}. */
    FIND,
    /** {@link SessionCatalog#list}. */
    LIST,
    /** {@link MessageLog#append}. */
    APPEND,
    /** {@link MessageLog#read}. */
    READ,
    /** {@link SessionCatalog#update}. */
    UPDATE,
    /** {@link MessageLog#trim}. */
    TRIM,
    /** {@link SessionCatalog#delete}. */
    DELETE,
    /** {@link SessionStore#health}. */
    HEALTH,
    /** {@link SessionStore#close}. */
    CLOSE,
    /** {@link SessionStore#followSession} and {@link SessionStore#followOwner} (starting to follow). */
    FOLLOW;

    private final String tag = name().toLowerCase(Locale.ROOT);

    /** @return the lower-case name, e.g. {@code append}, used as a metric tag */
    public String tag() {
        return tag;
    }
}
