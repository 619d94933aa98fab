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
 * holds. At most two reads, whatever the history's length. Stateless and thread-safe.
 */
public final class RecentWindow {

    private RecentWindow() {
    }

    /** @return the window of {@code conversationId}, oldest first (empty if there is no such conversation) */
    public static List<ChatMessage> read(ConversationLog log, String conversationId, int size) {
        List<ChatMessage> tail = log.read(conversationId, MessageRange.tail(size));
        List<ChatMessage> window = fromFirstUserTurn(tail);
        boolean hasSystem = window.stream().anyMatch(message -> message.role() == Role.SYSTEM);
        if (hasSystem || tail.isEmpty() || tail.get(0).seq() == 1) {
            return window;
        }
        List<ChatMessage> first = log.read(conversationId, MessageRange.after(0, 1));
        if (first.isEmpty() || first.get(0).role() != Role.SYSTEM) {
            return window;
        }
        List<ChatMessage> withSystem = new ArrayList<>(window.size() + 1);
        withSystem.add(first.get(0));
        withSystem.addAll(window);
        return withSystem;
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
