package dev.multichat.adapter.internal;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which framework message objects this adapter has read from, or written to, the store: a weak
 * registry keyed by object identity (never by {@code equals}: two equal "ok" messages are two
 * messages). An entry disappears when the framework drops its object. Thread-safe.
 */
public final class MessageIdentity {

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final ReferenceQueue<Object> cleared = new ReferenceQueue<>();

    /**
     * What is known about one message object.
     *
     * @param id the message id it is (or is being) stored under
     * @param stored true once the store acknowledged it
     */
    public record Entry(String id, boolean stored) {
    }

    /** @return what is known about this very object, or null if it was never seen */
    public Entry lookup(Object message) {
        expunge();
        return entries.get(new Key(message, null));
    }

    /** Records that this very object is stored (or about to be) under {@code id}. */
    public void remember(Object message, String id, boolean stored) {
        expunge();
        entries.put(new Key(message, cleared), new Entry(id, stored));
    }

    private void expunge() {
        for (Object ref = cleared.poll(); ref != null; ref = cleared.poll()) {
            entries.remove(ref);
        }
    }

    /** A weak reference compared by the referent's identity; a cleared key equals only itself. */
    private static final class Key extends WeakReference<Object> {
        private final int hash;

        Key(Object referent, ReferenceQueue<Object> queue) {
            super(referent, queue);
            this.hash = System.identityHashCode(referent);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            Object referent = get();
            return other instanceof Key key && referent != null && referent == key.get();
        }
    }
}
