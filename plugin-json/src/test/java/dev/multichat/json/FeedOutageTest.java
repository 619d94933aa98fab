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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
 * A backend outage and the change feed (issue 14): the followed session's directory is reached
 * through a symbolic link, which is swapped in one rename for a link to a plain file, so that the
 * operating system fails every access below it (ENOTDIR, as a vanished mount does, whoever the
 * user, root included), then swapped back. The swaps are atomic: the directory is never absent
 * (a feed that looked while it was would rightly see the session deleted and end). The follower
 * is told once ({@code onError}), stays active, and gets every acknowledged message, appended
 * before and after the outage, once, in seq order.
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
        try (SessionStore store = TestStores.open(root, "feed-check=100ms")) {
            SessionId id = store.create(NewSession.of("watched", "owner")).id();
            Path sessionDir = new SessionPaths(root.toRealPath()).dir(id);
            Path real = Files.move(sessionDir, dir.resolve("real"));
            Files.createSymbolicLink(sessionDir, real); // before anything follows or appends
            Path blocker = Files.writeString(dir.resolve("blocker"), "not a directory: the session is unreachable");
            Subscription subscription = follow(store, id);
            acked.addAll(ids(store.append(id, TestStores.drafts("before", 3)).messages()));
            assertThat(take(3)).extracting(ChatMessage::seq).containsExactly(1L, 2L, 3L);

            swapLink(sessionDir, blocker);
            assertThat(errors.poll(30, TimeUnit.SECONDS)).as("the follower is told of the outage")
                    .isInstanceOf(StoreUnavailableException.class);
            assertThatThrownBy(() -> store.append(id, TestStores.drafts("during", 1)))
                    .isInstanceOf(StoreUnavailableException.class);

            swapLink(sessionDir, real);
            acked.addAll(ids(store.append(id, TestStores.drafts("after", 3)).messages()));
            List<ChatMessage> rest = take(3);
            assertThat(rest).extracting(ChatMessage::seq).containsExactly(4L, 5L, 6L);
            assertThat(rest).extracting(m -> m.draft().id()).containsExactlyElementsOf(acked.subList(3, 6));
            assertThat(store.read(id, dev.multichat.api.MessageRange.all())).extracting(ChatMessage::seq)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, 6).boxed().toList());
            assertThat(received).as("nothing delivered twice").isEmpty();
            assertThat(errors).as("one onError for the one outage").isEmpty();
            assertThat(subscription.isActive()).isTrue();
            subscription.close();
        }
    }

    /** Points {@code link} at {@code target} in one rename (a new link moved over the old one). */
    private void swapLink(Path link, Path target) throws IOException {
        Path fresh = Files.createSymbolicLink(dir.resolve("link-" + System.nanoTime()), target);
        Files.move(fresh, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
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
