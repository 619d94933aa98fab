package dev.multichat.bench;

import com.zaxxer.hikari.HikariDataSource;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.memory.ChatMemory;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The LangChain4j peer: {@code MessageWindowChatMemory} over {@link LangChain4jWholeListStore} on
 * a WAL SQLite file at the same {@code synchronous} setting as the Spring AI {@link Peer}, with
 * the window set to the conversation size, so it keeps exactly {@code messages} messages: adding
 * one reads, parses, re-serialises and rewrites all of them.
 */
@State(Scope.Benchmark)
public class LangChain4jPeer {
    /** SQLite's synchronous setting. */
    @Param({"full"})
    public String sync;

    /** Messages in the conversation. */
    @Param({"1000", "10000"})
    public int messages;

    ChatMemory memory;
    private HikariDataSource pool;
    private Path dir;

    /** Creates the table and the conversation. */
    @Setup(Level.Trial)
    public void open() throws SQLException {
        dir = DataDir.create("lc4j-peer");
        pool = SqlitePool.open(dir.resolve("peer.db"), sync);
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute(LangChain4jWholeListStore.SCHEMA);
        }
        LangChain4jWholeListStore store = new LangChain4jWholeListStore(pool);
        List<ChatMessage> conversation = new ArrayList<>(messages);
        for (int i = 0; i < messages; i++) {
            conversation.add(UserMessage.from(Payload.TEXT));
        }
        store.updateMessages("bench", conversation);
        memory = MessageWindowChatMemory.builder().id("bench").maxMessages(messages).chatMemoryStore(store).build();
    }

    /** Closes the pool and deletes the database. */
    @TearDown(Level.Trial)
    public void close() {
        pool.close();
        DataDir.delete(dir);
    }
}
