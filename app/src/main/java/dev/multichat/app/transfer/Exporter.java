package dev.multichat.app.transfer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.SessionStore;
import dev.multichat.app.wire.Json;
import dev.multichat.app.wire.Views;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes sessions as JSON Lines, streaming (constant memory for any size). Per session: one
 * {@code {"type":"session", id, owner, title, metadata, ttl, createdAt, messages}} line with its
 * message count, then that many {@code {"type":"message", seq, at, id, author, role, content,
 * attributes}} lines, oldest first. Each session is a snapshot at its {@code lastSeq} when
 * listed. Not thread-safe.
 */
public final class Exporter {

    private final SessionStore store;
    private final OutputStream out;

    /**
     * An exporter.
     *
     * @param store the store to read
     * @param out where the lines go (not closed)
     */
    public Exporter(SessionStore store, OutputStream out) {
        this.store = store;
        this.out = out;
    }

    /**
     * Exports every session of the given owners.
     *
     * @param owners the owners
     * @return the sessions and messages written
     * @throws UncheckedIOException when writing fails
     */
    public long[] run(List<String> owners) {
        long[] counts = new long[2];
        Walk.sessions(store, owners, session -> {
            counts[0]++;
            counts[1] += session(session);
        });
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }

    private long session(ChatSession session) {
        long first = Walk.firstSeq(store, session.id());
        long count = first == 0 || session.lastSeq() == 0 ? 0 : session.lastSeq() - first + 1;
        ObjectNode head = Json.MAPPER.createObjectNode().put("type", "session");
        head.setAll(Views.info(session.id().value(), session.info()));
        head.put("createdAt", Views.time(session.state().createdAt()));
        head.put("messages", count);
        write(head);
        long[] written = {0};
        Walk.messages(store, session.id(), 0, session.lastSeq(), message -> {
            write(line(message));
            written[0]++;
        });
        if (written[0] != count) {
            throw new IllegalStateException("session " + session.id() + " changed while exporting (trimmed?);"
                    + " export again");
        }
        return count;
    }

    private static ObjectNode line(ChatMessage message) {
        ObjectNode node = Json.MAPPER.createObjectNode().put("type", "message");
        node.setAll(Views.message(message));
        return node;
    }

    private void write(ObjectNode node) {
        try {
            JsonGenerator generator = Json.MAPPER.createGenerator(out);
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            Json.MAPPER.writeTree(generator, node);
            generator.flush();
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
