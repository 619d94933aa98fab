package dev.multichat.bench;

import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.langchain4j.MultichatChatMemoryStore;
import dev.multichat.redis.testing.RedisProcess;
import dev.multichat.springai.MultichatChatMemoryRepository;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The adapters on one Multichat backend, over a conversation of {@code messages} messages: Spring
 * AI's and LangChain4j's chat memories that append directly, and each framework's
 * {@code MessageWindowChatMemory} (window 20) over the adapter's append-only repository / store.
 * Before every iteration the conversation is trimmed back to {@code messages}.
 */
@State(Scope.Benchmark)
public class AdapterMemories {
    /** The window of the framework memories over the adapters' repository / store. */
    static final int WINDOW = 20;

    /**
     * The Multichat backend: {@code sqlite} (synchronous as {@link #sync}), {@code json}
     * (fsync=always), {@code memory}, {@code redis} (a redis-server of the trial, AOF with
     * appendfsync everysec), {@code postgresql} (an embedded PostgreSQL 14 of the trial, as
     * {@link PgServer} starts it, synchronous_commit=on).
     */
    @Param({"sqlite", "json", "memory", "redis", "postgresql"})
    public String backend;

    /** SQLite's synchronous setting, as for the peers. */
    @Param({"full"})
    public String sync;

    /** Messages in the conversation at the start of every iteration. */
    @Param({"1000", "10000"})
    public int messages;

    SessionStore store;
    String conversation;
    org.springframework.ai.chat.memory.ChatMemory springDirect;
    org.springframework.ai.chat.memory.ChatMemory springWindow;
    dev.langchain4j.memory.ChatMemory langchainDirect;
    dev.langchain4j.memory.ChatMemory langchainWindow;
    SessionId id;
    private Path dir;
    private RedisProcess redis;
    private EmbeddedPostgres postgres;

    /** Opens the store, writes the history and builds the four memories. */
    @Setup(Level.Trial)
    public void open() {
        dir = DataDir.create("adapter-" + backend);
        store = SessionStores.open(uri());
        id = History.create(store, messages);
        conversation = id.value();
        String owner = "bench";
        springDirect = new dev.multichat.springai.MultichatChatMemory(store, owner, WINDOW);
        springWindow = org.springframework.ai.chat.memory.MessageWindowChatMemory.builder().maxMessages(WINDOW)
                .chatMemoryRepository(new MultichatChatMemoryRepository(store, owner, WINDOW)).build();
        langchainDirect = new dev.multichat.langchain4j.MultichatChatMemory(store, conversation, owner, WINDOW);
        langchainWindow = dev.langchain4j.memory.chat.MessageWindowChatMemory.builder().id(conversation)
                .maxMessages(WINDOW).chatMemoryStore(new MultichatChatMemoryStore(store, owner, WINDOW)).build();
    }

    /** @return the backend's store URI, its server started first if it has one */
    private String uri() {
        switch (backend) {
            case "sqlite":
                return "sqlite:" + dir.resolve("bench.db") + "?synchronous=" + sync;
            case "json":
                return "json:" + dir.resolve("sessions");
            case "redis":
                redis = RedisProcess.start(false, "--appendonly", "yes", "--appendfsync", "everysec", "--save", "");
                return redis.uri() + "?prefix=bench&timeout=5s";
            case "postgresql":
                postgres = PgServer.start(dir, "on");
                return PgServer.uri(postgres);
            default:
                return "memory:";
        }
    }

    /** Trims the conversation back to its nominal history. */
    @Setup(Level.Iteration)
    public void trim() {
        History.trimTo(store, id, messages);
    }

    /** Closes the store and deletes its data. */
    @TearDown(Level.Trial)
    public void close() {
        store.close();
        if (redis != null) {
            redis.close();
        }
        if (postgres != null) {
            PgServer.stop(postgres);
        }
        DataDir.delete(dir);
    }
}
