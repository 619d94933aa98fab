package dev.multichat.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionListener;
import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreException;
import dev.multichat.api.StoreUnavailableException;
import dev.multichat.api.Subscription;
import dev.multichat.json.internal.files.SessionPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backend outage and the change feed (issue 14): the followed session's directory is swapped
 * for a plain file, so that the operating system fails every access below it (ENOTDIR, as a
 * vanished mount does, whoever the user, root included), then put back. The follower is told
 * once ({@code onError}), stays active, and gets every acknowledged message, appended before
 * and after the outage, once, in seq order.
 */
class FeedOutageTest {
    @TempDir
    Path dir;

    private final BlockingQueue<ChatMessage> received = new LinkedBlockingQueue<>();
    private final BlockingQueue<StoreException> errors = new LinkedBlockingQueue<>();

    @Test
    @DisplayName("an outage reaches the follower as one onError; once the backend is back every message arrives once")
    void outageIsSignalledAndTheFeedResumes() throws Exception {
        Path root = Files.createDirectories(dir.resolve("store"));
        List<String> acked = new ArrayList<>();
        try (SessionStore store = TestStores.open(root, "feed-check=100ms");
             Subscription subscription = follow(store, store.create(NewSession.of("watched", "owner")).id())) {
            SessionId id = SessionId.of("watched");
            acked.addAll(ids(store.append(id, TestStores.drafts("before", 3)).messages()));
            assertThat(take(3)).extracting(ChatMessage::seq).containsExactly(1L, 2L, 3L);

            Path sessionDir = new SessionPaths(root.toRealPath()).dir(id);
            Path away = dir.resolve("away");
            Files.move(sessionDir, away);
            Files.writeString(sessionDir, "not a directory: the session is unreachable");
            assertThat(errors.poll(30, TimeUnit.SECONDS)).as("the follower is told of the outage")
                    .isInstanceOf(StoreUnavailableException.class);
            assertThatThrownBy(() -> store.append(id, TestStores.drafts("during", 1)))
                    .isInstanceOf(StoreUnavailableException.class);

            Files.delete(sessionDir);
            Files.move(away, sessionDir);
            acked.addAll(ids(store.append(id, TestStores.drafts("after", 3)).messages()));
            List<ChatMessage> rest = take(3);
            assertThat(rest).extracting(ChatMessage::seq).containsExactly(4L, 5L, 6L);
            assertThat(rest).extracting(m -> m.draft().id()).containsExactlyElementsOf(acked.subList(3, 6));
            assertThat(store.read(id, dev.multichat.api.MessageRange.all())).extracting(ChatMessage::seq)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, 6).boxed().toList());
            assertThat(received).as("nothing delivered twice").isEmpty();
            assertThat(errors).as("one onError for the one outage").isEmpty();
            assertThat(subscription.isActive()).isTrue();
        }
    }

    private Subscription follow(SessionStore store, SessionId id) {
        return store.followSession(id, 0, new SessionListener() {
            @Override
            public void onMessages(List<ChatMessage> messages) {
                received.addAll(messages);
            }

            @Override
            public void onError(StoreException error) {
                errors.add(error);
            }
        });
    }

    private List<ChatMessage> take(int n) throws InterruptedException {
        List<ChatMessage> got = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ChatMessage next = received.poll(30, TimeUnit.SECONDS);
            assertThat(next).as("message %d of %d reached the follower", i + 1, n).isNotNull();
            got.add(next);
        }
        return got;
    }

    private static List<String> ids(List<ChatMessage> messages) {
        return messages.stream().map(m -> m.draft().id()).toList();
    }
}
