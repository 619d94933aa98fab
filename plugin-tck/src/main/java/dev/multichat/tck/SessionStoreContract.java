package dev.multichat.tck;

/**
 * The whole contract suite. A plugin's test is one class:
 *
 * <pre>{@code
 * class SqliteStoreContractTest implements SessionStoreContract {
 *     public SessionStore openStore(Clock clock) {
 *         return SessionStores.open(StoreConfig.of("sqlite:" + freshFile()).withClock(clock));
 *     }
 * }
 * }</pre>
 *
 * <p>JUnit Jupiter runs every {@code @Test} and {@code @ParameterizedTest} default method of
 * the topic interfaces; jqwik runs the model-based {@code @Property} of
 * {@link ModelBasedContract}. Each check opens its own store through
 * {@link #openStore(java.time.Clock)} and closes it.
 */
public interface SessionStoreContract extends StoreFixture,
        CreateContract, FindContract, AppendContract, IdempotencyContract, IdempotencyWindowContract,
        VersionContract, ReadRangeContract, ReadPagingContract, UpdateContract, TrimContract, DeleteContract,
        ExpiryContract, SlidingExpiryContract, ExpiryVisibilityContract, ListingContract, ListingPagingContract,
        ConcurrencyContract, ConcurrencyRaceContract, PayloadContract, ValidationContract, LifecycleContract,
        ModelBasedContract, FeedContract, FeedLifecycleContract, OwnerFeedContract, ViewContract,
        AppendStampedContract {
}
