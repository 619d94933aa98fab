package dev.multichat.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatSession;
import dev.multichat.api.NewSession;
import dev.multichat.api.Page;
import dev.multichat.api.SessionQuery;
import dev.multichat.api.SessionStore;
import dev.multichat.redis.testing.RedisProcess;
import dev.multichat.redis.testing.RedisServerExtension;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Counts the commands a listing sends ({@link CommandCounter}: Lettuce's command listener on the
 * client the store runs on): on one server a page is one command, the list script, whatever the
 * page size. One listing before the count loads the script (the first run on a server sends its text once).
 */
class ListingRoundTripsTest {
    @RegisterExtension
    static final RedisServerExtension REDIS = RedisServerExtension.single("--save", "");

    @Test
    @DisplayName("one server: each page of an owner's sessions is one command (one round trip), pages complete")
    void onePagePerCommand() {
        RedisProcess server = REDIS.setup();
        try (CommandCounter commands = new CommandCounter();
                SessionStore store = commands.open(server, "prefix=trips")) {
            List<ChatSession> created = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                created.add(store.create(NewSession.of("s" + (100 + i), "owner")));
            }
            created.sort(Comparator.comparing((ChatSession s) -> s.state().updatedAt()).reversed()
                    .thenComparing(s -> s.id().value()));
            store.list(SessionQuery.first("owner", 1));
            List<String> listed = new ArrayList<>();
            List<List<String>> commandsPerPage = new ArrayList<>();
            String cursor = null;
            do {
                commands.clear();
                Page<ChatSession> page = store.list(new SessionQuery("owner", 10, cursor));
                commandsPerPage.add(commands.sent());
                page.items().forEach(session -> listed.add(session.id().value()));
                cursor = page.nextCursor();
            } while (cursor != null);
            assertThat(listed).isEqualTo(created.stream().map(s -> s.id().value()).toList());
            assertThat(commandsPerPage).hasSize(3).allSatisfy(page -> assertThat(page).containsExactly("EVALSHA"));
        }
    }
}
