package dev.multichat.json;

import dev.multichat.api.MessageDraft;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import java.util.List;

/** The other process of {@link FeedTwoProcessTest}: appends {@code count} messages to "watched", one at a time. */
final class FeedChild {
    private FeedChild() {
    }

    /** @param args the store directory, the number of messages */
    public static void main(String[] args) {
        int count = Integer.parseInt(args[1]);
        try (SessionStore store = SessionStores.open("json:" + args[0] + "?sweep=off&fsync=batch")) {
            for (int i = 0; i < count; i++) {
                store.append(SessionId.of("watched"),
                        List.of(MessageDraft.of(Role.USER, "child", "child #" + i).withId("child-" + i)));
            }
        }
        System.out.println("done " + count);
    }
}
