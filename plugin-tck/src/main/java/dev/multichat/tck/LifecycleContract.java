package dev.multichat.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.ChatSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreClosedException;
import dev.multichat.api.StoreHealth;
import dev.multichat.api.StoreUnavailableException;
import dev.multichat.tck.support.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Open, healthy, closed: and the life of one id across delete and re-create. */
public interface LifecycleContract extends StoreFixture {

    @ParameterizedTest(name = "[{index}]")
    @EnumSource(StoreCall.class)
    @DisplayName("Lifecycle: After close, every operation fails with StoreClosedException, which is not a retryable"
            + " StoreUnavailableException.")
    default void useAfterCloseFails(StoreCall call) {
        SessionStore store = openStore(new MutableClock());
        try {
            SessionId id = Samples.create(store, "s1").id();
            store.append(id, Samples.drafts("m", 2));
            store.close();
            assertThatThrownBy(() -> call.invoke(store, id))
                    .isInstanceOf(StoreClosedException.class).isNotInstanceOf(StoreUnavailableException.class)
                    .message().contains("closed");
        } finally {
            store.close();
        }
    }

    @Test
    @DisplayName("Lifecycle: close is idempotent: closing a closed store again does nothing and throws nothing.")
    default void closeIsIdempotent() {
        SessionStore store = openStore(new MutableClock());
        try {
            Samples.create(store, "s1");
        } finally {
            store.close();
        }
        assertThatCode(store::close).doesNotThrowAnyException();
        assertThatCode(store::close).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("Lifecycle: An open store reports health UP with a non-empty detail.")
    default void openStoreIsHealthy() {
        try (SessionStore store = openStore(new MutableClock())) {
            StoreHealth health = store.health();
            assertThat(health.status()).isEqualTo(StoreHealth.Status.UP);
            assertThat(health.detail()).isNotBlank();
            Samples.create(store, "s1");
            assertThat(store.health().status()).isEqualTo(StoreHealth.Status.UP);
        }
    }

    @Test
    @DisplayName("Lifecycle: A fresh store holds no sessions.")
    default void freshStoreIsEmpty() {
        try (SessionStore store = openStore(new MutableClock())) {
            assertThat(Listing.walk(store, Samples.OWNER, 10)).isEmpty();
            assertThat(store.find(SessionId.of("s1"))).isEmpty();
        }
    }

    @Test
    @DisplayName("Lifecycle: Delete then re-create gives a fresh session: version 1, no messages, seqs again from 1,"
            + " new info.")
    default void deleteThenRecreateIsFresh() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            SessionId id = store.create(dev.multichat.api.NewSession.of("s1", Samples.OWNER).withTitle("first")).id();
            store.append(id, Samples.drafts("old", 5));
            store.delete(id);
            clock.advance(java.time.Duration.ofSeconds(2));
            ChatSession fresh = store.create(dev.multichat.api.NewSession.of("s1", Samples.OTHER_OWNER)
                    .withTitle("second"));
            assertThat(fresh.version()).isEqualTo(1);
            assertThat(fresh.lastSeq()).isZero();
            assertThat(fresh.info().title()).isEqualTo("second");
            assertThat(fresh.state().createdAt()).isEqualTo(clock.instant());
            assertThat(Samples.all(store, id)).isEmpty();
            assertThat(Samples.seqs(store.append(id, Samples.drafts("new", 2)).messages())).containsExactly(1L, 2L);
        }
    }

    @Test
    @DisplayName("Lifecycle: Two stores opened by the fixture are independent: a session in one is absent from the"
            + " other.")
    default void fixtureStoresAreIndependent() {
        try (SessionStore first = openStore(new MutableClock()); SessionStore second = openStore(new MutableClock())) {
            Samples.create(first, "s1");
            assertThat(second.find(SessionId.of("s1"))).isEmpty();
            Samples.create(second, "s1");
            assertThat(first.find(SessionId.of("s1")).orElseThrow().lastSeq()).isZero();
        }
    }
}
