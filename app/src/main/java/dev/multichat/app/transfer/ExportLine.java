package dev.multichat.app.transfer;

import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import java.time.Instant;

/** One parsed line of an export file. */
sealed interface ExportLine {

    /**
     * A session line.
     *
     * @param spec the session's id, owner, title, metadata and TTL
     * @param createdAt when it was created
     * @param messages how many message lines follow
     */
    record Head(NewSession spec, Instant createdAt, long messages) implements ExportLine {
    }

    /**
     * A message line.
     *
     * @param seq its seq in the exported session
     * @param at when it was stored
     * @param draft the message
     */
    record Message(long seq, Instant at, MessageDraft draft) implements ExportLine {
    }
}
