package dev.multichat.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.ai.chat.memory.ChatMemory;
import org.springframework.ai.chat.memory.repository.jdbc.PostgresChatMemoryRepositoryDialect;

/**
 * The peer where it really runs: Spring AI's {@code JdbcChatMemoryRepository} with its PostgreSQL
 * dialect and schema, behind a HikariCP pool (Spring Boot's default), on a server started like
 * {@link PostgresStore}'s at the same {@code synchronous_commit}, used through
 * {@code MessageWindowChatMemory}: adding a message reads the whole conversation and rewrites it
 * in one transaction. The window is the conversation's size, so it keeps {@code messages}.
 */
@State(Scope.Benchmark)
public class PgPeer {
    /** The conversation's id. */
    static final String CONVERSATION = "bench";
    private static final String SCHEMA = "org/springframework/ai/chat/memory/repository/jdbc/schema-postgresql.sql";

    /** The server's synchronous_commit, as in {@link PostgresStore}. */
    @Param({"on", "off"})
    public String sync;

    /** Messages in the conversation. */
    @Param({"10", "1000", "10000"})
    public int messages;

    ChatMemory memory;
    private EmbeddedPostgres server;
    private HikariDataSource pool;
    private Path dir;

    /** Starts the server, creates Spring AI's schema and the conversation. */
    @Setup(Level.Trial)
    public void open() {
        dir = DataDir.create("pg-peer");
        server = PgServer.start(dir, sync);
        HikariConfig hikari = new HikariConfig();
        hikari.setDataSource(server.getPostgresDatabase());
        hikari.setMaximumPoolSize(4);
        pool = new HikariDataSource(hikari);
        memory = SpringAiPeerMemory.filled(pool, SCHEMA, new PostgresChatMemoryRepositoryDialect(),
                CONVERSATION, messages);
    }

    /** Closes the pool, stops the server and deletes its data. */
    @TearDown(Level.Trial)
    public void close() {
        pool.close();
        PgServer.stop(server);
        DataDir.delete(dir);
    }
}
