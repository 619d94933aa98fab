package dev.multichat.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.ai.chat.memory.ChatMemory;
import org.springframework.ai.chat.memory.repository.jdbc.SqliteChatMemoryRepositoryDialect;

/**
 * The peer: Spring AI's {@code JdbcChatMemoryRepository} with its SQLite dialect and its own
 * schema file, behind a HikariCP pool (Spring Boot's default) on a WAL database at the same
 * {@code synchronous} setting, used through {@code MessageWindowChatMemory} as Spring AI's chat
 * memory uses it: adding a message reads the whole conversation and rewrites it in one
 * transaction ({@code saveAll}: delete all, insert all). The window is set to the conversation
 * size, so the conversation keeps exactly {@code messages} messages while measuring.
 */
@State(Scope.Benchmark)
public class Peer {
    /** The conversation's id. */
    static final String CONVERSATION = "bench";
    private static final String SCHEMA = "org/springframework/ai/chat/memory/repository/jdbc/schema-sqlite.sql";

    /** SQLite's synchronous setting, as in {@link SqliteStore}. */
    @Param({"full", "normal"})
    public String sync;

    /** Messages in the conversation. */
    @Param({"10", "1000", "10000"})
    public int messages;

    ChatMemory memory;
    private HikariDataSource pool;
    private Path dir;

    /** Creates the database with Spring AI's schema and the conversation. */
    @Setup(Level.Trial)
    public void open() {
        dir = DataDir.create("peer");
        pool = SqlitePool.open(dir.resolve("peer.db"), sync);
        memory = SpringAiPeerMemory.filled(pool, SCHEMA, new SqliteChatMemoryRepositoryDialect(),
                CONVERSATION, messages);
    }

    /** Closes the pool and deletes the database. */
    @TearDown(Level.Trial)
    public void close() {
        pool.close();
        DataDir.delete(dir);
    }
}
