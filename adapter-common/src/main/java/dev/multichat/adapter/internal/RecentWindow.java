package dev.multichat.adapter.internal;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageRange;
import dev.multichat.api.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * The bounded part of a conversation a framework's memory sees: the newest {@code size} messages,
 * starting at a user turn (so no tool result or reply is cut from the turn that caused it), with
 * the conversation's first message in front when it is a system message the window no longer
 * holds. {@link #read} fetches what a window is shaped from in at most two reads, whatever the
 * history's length; {@link #shape} shapes it. Stateless and thread-safe.
 */
public final class RecentWindow {

    private RecentWindow() {
    }

    /**
     * What a window is shaped from.
     *
     * @param tail the conversation's newest messages, oldest first
     * @param first the conversation's oldest message (null if it has none, or if not known)
     * @param firstKnown true if {@code first} is known: always, except when the tail's window
     *     already held a system message and the conversation's start was not read
     */
    public record Stored(List<ChatMessage> tail, ChatMessage first, boolean firstKnown) {
    }

    /** @return the newest {@code size} messages of {@code conversationId} and, when the window needs it, its first */
    public static Stored read(ConversationLog log, String conversationId, int size) {
        List<ChatMessage> tail = log.read(conversationId, MessageRange.tail(size));
        if (tail.isEmpty() || tail.get(0).seq() == 1) {
            return new Stored(tail, tail.isEmpty() ? null : tail.get(0), true);
        }
        if (hasSystem(fromFirstUserTurn(tail))) {
            return new Stored(tail, null, false);
        }
        List<ChatMessage> first = log.read(conversationId, MessageRange.after(0, 1));
        return new Stored(tail, first.isEmpty() ? null : first.get(0), true);
    }

    /**
     * @return the window of {@code stored}, oldest first, or null if it cannot be told because it
     *     needs the conversation's first message and that is not known
     */
    public static List<ChatMessage> shape(Stored stored) {
        List<ChatMessage> window = fromFirstUserTurn(stored.tail());
        ChatMessage first = stored.first();
        if (hasSystem(window)) {
            return window;
        }
        if (!stored.firstKnown()) {
            return null;
        }
        boolean inTail = !stored.tail().isEmpty() && first != null && first.seq() >= stored.tail().get(0).seq();
        if (first == null || inTail || first.role() != Role.SYSTEM) {
            return window;
        }
        List<ChatMessage> withSystem = new ArrayList<>(window.size() + 1);
        withSystem.add(first);
        withSystem.addAll(window);
        return withSystem;
    }

    private static boolean hasSystem(List<ChatMessage> messages) {
        return messages.stream().anyMatch(message -> message.role() == Role.SYSTEM);
    }

    private static List<ChatMessage> fromFirstUserTurn(List<ChatMessage> tail) {
        int firstUser = 0;
        while (firstUser < tail.size() && tail.get(firstUser).role() != Role.USER) {
            firstUser++;
        }
        if (firstUser == 0 || firstUser == tail.size()) {
            return tail;
        }
        List<ChatMessage> window = new ArrayList<>(tail.size());
        tail.subList(0, firstUser).stream().filter(message -> message.role() == Role.SYSTEM).forEach(window::add);
        window.addAll(tail.subList(firstUser, tail.size()));
        return window;
    }
}
