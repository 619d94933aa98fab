package dev.multichat.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.ChatSession;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreClosedException;
import dev.multichat.api.StoreConfig;
import dev.multichat.api.StoreUnavailableException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The guard's close: refuse new calls at once, wait (bounded) for calls in flight, then release. */
class GuardCloseTest {
    private static final SessionId ID = SessionId.of("s1");
    private static final StoreConfig CONFIG = StoreConfig.of("memory:closing");

    @Test
    @DisplayName("close refuses new calls at once, waits for the call in flight, then releases the backend once")
    void closeWaitsForCallsInFlight() throws Exception {
        BlockingFind backend = new BlockingFind();
        SessionStore store = StoreComposer.compose(backend.parts(CONFIG), CONFIG, Duration.ofSeconds(30));
        store.create(NewSession.of(ID.value(), "o"));
        CompletableFuture<Optional<ChatSession>> inFlight = CompletableFuture.supplyAsync(() -> store.find(ID));
        assertThat(backend.entered.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> closing = CompletableFuture.runAsync(store::close);
        pollUntilRefused(store);
        assertThat(closing).isNotDone();
        assertThat(backend.closes).hasValue(0);
        backend.release.countDown();
        assertThat(inFlight.get(30, TimeUnit.SECONDS)).as("the call in flight completed").isPresent();
        closing.get(30, TimeUnit.SECONDS);
        assertThat(backend.closes).hasValue(1);
        store.close();
        assertThat(backend.closes).as("close is idempotent").hasValue(1);
    }

    @Test
    @DisplayName("close waits only up to its bound; a call failing after the release fails with StoreClosedException")
    void closeWaitIsBounded() throws Exception {
        BlockingFind backend = new BlockingFind();
        SessionStore store = StoreComposer.compose(backend.parts(CONFIG), CONFIG, Duration.ofMillis(200));
        CompletableFuture<Optional<ChatSession>> inFlight = CompletableFuture.supplyAsync(() -> store.find(ID));
        assertThat(backend.entered.await(30, TimeUnit.SECONDS)).isTrue();
        store.close();
        assertThat(backend.closes).as("released although a call is still running").hasValue(1);
        assertThat(inFlight).isNotDone();
        backend.fail = true;
        backend.release.countDown();
        assertThatThrownBy(() -> inFlight.get(30, TimeUnit.SECONDS)).cause()
                .isInstanceOf(StoreClosedException.class).hasMessageContaining("memory:closing")
                .hasMessageContaining("while this call ran").hasCauseInstanceOf(StoreUnavailableException.class);
    }

    @Test
    @DisplayName("StoreClosedException is not a StoreUnavailableException: a retry loop does not spin on it")
    void closedIsNotRetryable() {
        assertThat(StoreUnavailableException.class.isAssignableFrom(StoreClosedException.class)).isFalse();
    }

    /** Polls until a new call is refused with StoreClosedException (close has begun). */
    private static void pollUntilRefused(SessionStore store) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try {
                store.health();
            } catch (StoreClosedException e) {
                return;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("close did not start refusing calls within 30 s");
    }
}
