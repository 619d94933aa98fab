package dev.multichat.tck;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import java.util.List;
import java.util.stream.IntStream;

/** Sample sessions and drafts shared by the contracts. */
final class Samples {
    /** The owner of most sample sessions. */
    static final String OWNER = "owner-a";
    /** A second owner, for isolation checks. */
    static final String OTHER_OWNER = "owner-b";

    private Samples() {
    }

    /** @return a session owned by {@link #OWNER}, created in {@code store} */
    static ChatSession create(SessionStore store, String id) {
        return store.create(NewSession.of(id, OWNER));
    }

    /** @return a user draft by {@code alice} with no id */
    static MessageDraft draft(String content) {
        return MessageDraft.of(Role.USER, "alice", content);
    }

    /** @return n drafts without ids, contents {@code prefix-1} .. {@code prefix-n} */
    static List<MessageDraft> drafts(String prefix, int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> draft(prefix + "-" + i)).toList();
    }

    /** @return n drafts with ids {@code prefix-from} ..., each with content naming its id */
    static List<MessageDraft> withIds(String prefix, int from, int n) {
        return IntStream.range(from, from + n)
                .mapToObj(i -> draft("content of " + prefix + "-" + i).withId(prefix + "-" + i)).toList();
    }

    /** @return the messages' seqs, in order */
    static List<Long> seqs(List<ChatMessage> messages) {
        return messages.stream().map(ChatMessage::seq).toList();
    }

    /** @return the messages' contents, in order */
    static List<String> contents(List<ChatMessage> messages) {
        return messages.stream().map(ChatMessage::content).toList();
    }

    /** @return every stored message of the session */
    static List<ChatMessage> all(SessionStore store, SessionId id) {
        return store.read(id, MessageRange.all());
    }

    /** @return the seqs from..to inclusive */
    static List<Long> range(long from, long to) {
        return java.util.stream.LongStream.rangeClosed(from, to).boxed().toList();
    }
}
