package dev.multichat.bench;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ChatMessageDeserializer;
import dev.langchain4j.data.message.ChatMessageSerializer;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * LangChain4j's persistent chat memory store as its documentation shows it ("Persistence" in the
 * chat memory tutorial: the whole list as one JSON value per memory id, written back on every
 * update with {@code ChatMessageSerializer.messagesToJson}), on a SQLite table instead of MapDB.
 */
final class LangChain4jWholeListStore implements ChatMemoryStore {
    static final String SCHEMA = "CREATE TABLE IF NOT EXISTS lc4j_memory (id TEXT PRIMARY KEY, messages TEXT NOT NULL)";
    private final DataSource data;

    LangChain4jWholeListStore(DataSource data) {
        this.data = data;
    }

    @Override
    public List<ChatMessage> getMessages(Object memoryId) {
        try (Connection c = data.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT messages FROM lc4j_memory WHERE id = ?")) {
            s.setString(1, memoryId.toString());
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? ChatMessageDeserializer.messagesFromJson(rows.getString(1)) : new ArrayList<>();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("peer read failed", e);
        }
    }

    @Override
    public void updateMessages(Object memoryId, List<ChatMessage> messages) {
        String sql = "INSERT INTO lc4j_memory (id, messages) VALUES (?, ?)"
                + " ON CONFLICT(id) DO UPDATE SET messages = excluded.messages";
        try (Connection c = data.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, memoryId.toString());
            s.setString(2, ChatMessageSerializer.messagesToJson(messages));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("peer write failed", e);
        }
    }

    @Override
    public void deleteMessages(Object memoryId) {
        try (Connection c = data.getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM lc4j_memory WHERE id = ?")) {
            s.setString(1, memoryId.toString());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("peer delete failed", e);
        }
    }
}
