package dev.multichat.redis.internal.link;

import dev.multichat.api.CorruptDataException;
import dev.multichat.api.StoreException;
import dev.multichat.api.StoreUnavailableException;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisCommandTimeoutException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Maps what Lettuce and Redis report onto the store's exceptions: foreign data at our keys
 * ({@code WRONGTYPE}) is {@link CorruptDataException} naming the key; everything else (timeouts,
 * a lost or refused connection, a server loading, failing over or out of memory) is the
 * retryable {@link StoreUnavailableException}. Messages name the operation, the server (without
 * credentials) and what to do; the cause is chained.
 *
 * @param where the redacted location, e.g. {@code redis://***@cache:6379/0}
 * @param timeout the command timeout, for messages
 */
public record RedisErrors(String where, Duration timeout) {
    /**
     * @param failure what a command's future or call threw
     * @param what the operation, e.g. {@code appending to session 'a'}
     * @param key the key the operation touched, named if the data there is foreign
     * @return the exception to throw
     */
    public StoreException map(Throwable failure, String what, String key) {
        Throwable cause = unwrap(failure);
        if (cause instanceof RedisCommandTimeoutException || cause instanceof TimeoutException) {
            return new StoreUnavailableException("redis at " + where + " did not answer " + what + " within "
                    + timeout.toMillis() + " ms; the write may or may not have happened: retry (appends with the"
                    + " same message ids are returned, not stored twice)", cause);
        }
        String message = String.valueOf(cause.getMessage());
        if (cause instanceof RedisCommandExecutionException && message.contains("WRONGTYPE")) {
            return new CorruptDataException("redis key '" + key + "' (or another key of the same session) at "
                    + where + " holds data of another type than this store writes, found " + what
                    + "; it is not Multichat data: remove or rename it, or choose another prefix", cause);
        }
        if (cause instanceof CancellationException) {
            return new StoreUnavailableException("redis at " + where + ": " + what + " was cancelled when the"
                    + " connection dropped and not replayed (replaying it could write twice); retry", cause);
        }
        return new StoreUnavailableException("redis at " + where + " failed " + what + ": "
                + Redacted.uri(message) + "; retry when the server is reachable", cause);
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof ExecutionException || cause instanceof CompletionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
