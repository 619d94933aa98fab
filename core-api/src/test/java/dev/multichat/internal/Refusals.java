package dev.multichat.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.ChatSession;
import dev.multichat.api.InvalidInputException;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionQuery;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The fixture of the guard's refusal checks (the {@code Validation*} tests), which moved here
 * from the plugin TCK: they exercise only the core's guard, so they run once, over
 * {@code memory:} opened through the registry, and the TCK keeps one check that a plugin's
 * store is behind the same guard ({@code ValidationContract.storeIsGuarded}).
 */
final class Refusals {
    /** The session every check works on. */
    static final SessionId ID = SessionId.of("s1");
    /** Its owner. */
    static final String OWNER = "owner-a";

    private Refusals() {
    }

    /** @return a fresh guarded memory store holding session s1 with messages before-1 and before-2 */
    static SessionStore open() {
        SessionStore store = SessionStores.open("memory:");
        store.create(NewSession.of(ID.value(), OWNER));
        store.append(ID, withIds("before", 1, 2));
        return store;
    }

    /** @return a user draft by alice with no id */
    static MessageDraft draft(String content) {
        return MessageDraft.of(Role.USER, "alice", content);
    }

    /** @return n drafts without ids */
    static List<MessageDraft> drafts(String prefix, int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> draft(prefix + "-" + i)).toList();
    }

    /** @return n drafts with ids {@code prefix-from} ... */
    static List<MessageDraft> withIds(String prefix, int from, int n) {
        return IntStream.range(from, from + n).mapToObj(i -> draft("content of " + prefix + "-" + i)
                .withId(prefix + "-" + i)).toList();
    }

    /** @return n distinct key/value entries */
    static Map<String, String> entries(int n) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < n; i++) {
            map.put("key-" + i, "value-" + i);
        }
        return map;
    }

    /**
     * Asserts that {@code call} fails with InvalidInputException and leaves s1 and the owner's
     * listing exactly as they were.
     */
    static void assertRefused(SessionStore store, ThrowingCallable call) {
        Object before = state(store);
        assertThatThrownBy(call).isInstanceOf(InvalidInputException.class);
        assertThat(state(store)).as("nothing written by the refused call").isEqualTo(before);
    }

    private static List<Object> state(SessionStore store) {
        List<ChatSession> listed = store.list(SessionQuery.first(OWNER, 100)).items();
        return store.find(ID).<List<Object>>map(s -> List.of(s, store.read(ID, MessageRange.all()), listed))
                .orElseGet(() -> List.of(listed));
    }
}
