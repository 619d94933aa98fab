package dev.multichat.postgres.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension: a test class annotated {@code @ExtendWith(PostgresServer.class)} runs
 * against the one shared embedded server of this JVM ({@link SharedPostgres}), which is stopped
 * once every test class of the run has finished.
 *
 * <pre>{@code
 * @ExtendWith(PostgresServer.class)
 * class MyTest {
 *     ... SessionStores.open(SharedPostgres.freshUri("&pool=4")) ...
 * }
 * }</pre>
 */
public final class PostgresServer implements BeforeAllCallback {
    /** Called by JUnit. */
    public PostgresServer() {
        // nothing to set up before the first test class
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        SharedPostgres.port();
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(PostgresServer.class, key -> new Stopper(), Stopper.class);
    }

    /** Stops the shared server when the root context closes, after all tests. */
    private static final class Stopper implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() throws java.io.IOException {
            SharedPostgres.stop();
        }
    }
}
