package dev.multichat.redis;

import dev.multichat.api.SessionStore;
import dev.multichat.redis.testing.RedisProcess;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.event.command.CommandListener;
import io.lettuce.core.event.command.CommandStartedEvent;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Lettuce client that records the type of every command it starts (its {@link CommandListener}),
 * for tests that count a store's round trips: open a store on it, clear, run, look at what was sent.
 * Thread-safe.
 */
final class CommandCounter implements AutoCloseable {
    private final RedisClient client = RedisClient.create();
    private final List<String> sent = new CopyOnWriteArrayList<>();

    CommandCounter() {
        client.setOptions(RedisClientStoreProvider.recommendedOptions(Duration.ofSeconds(2)));
        client.addListener(new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                sent.add(event.getCommand().getType().toString());
            }
        });
    }

    /**
     * @param server the server
     * @param options the store's options, e.g. {@code prefix=trips}
     * @return a store on this client
     */
    SessionStore open(RedisProcess server, String options) {
        return RedisClientStoreProvider.on(client, RedisURI.create("redis://127.0.0.1:" + server.port()))
                .open(options);
    }

    /** Forgets the commands sent so far. */
    void clear() {
        sent.clear();
    }

    /** @return the types of the commands sent since the last {@link #clear()}, in order */
    List<String> sent() {
        return List.copyOf(sent);
    }

    @Override
    public void close() {
        client.shutdown();
    }
}
