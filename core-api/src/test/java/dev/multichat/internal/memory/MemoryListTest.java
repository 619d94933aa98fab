package dev.multichat.internal.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatSession;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.Page;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionQuery;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MemoryListTest {
    private final ManualClock clock = new ManualClock();
    private final SessionStore store = SessionStores.open(StoreConfig.of("memory:").withClock(clock));

    @AfterEach
    void close() {
        store.close();
    }

    private List<String> ids(Page<ChatSession> page) {
        return page.items().stream().map(s -> s.id().value()).toList();
    }

    @Test
    @DisplayName("sessions list newest activity first, ties by id, only the owner's")
    void order() {
        store.create(NewSession.of("b", "o"));
        store.create(NewSession.of("a", "o"));
        store.create(NewSession.of("x", "other"));
        clock.advance(Duration.ofSeconds(1));
        store.create(NewSession.of("c", "o"));
        clock.advance(Duration.ofSeconds(1));
        store.append(SessionId.of("b"), List.of(MessageDraft.of(Role.USER, "u", "hi")));
        Page<ChatSession> page = store.list(SessionQuery.first("o", 10));
        assertThat(ids(page)).containsExactly("b", "c", "a");
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    @DisplayName("paging visits every session once; the last page has no cursor")
    void paging() {
        for (int i = 0; i < 7; i++) {
            store.create(NewSession.of("s" + i, "o"));
            clock.advance(Duration.ofMillis(i % 2));
        }
        List<String> seen = new ArrayList<>();
        SessionQuery query = SessionQuery.first("o", 3);
        Page<ChatSession> page = store.list(query);
        seen.addAll(ids(page));
        while (page.hasNext()) {
            query = query.next(page);
            page = store.list(query);
            seen.addAll(ids(page));
        }
        assertThat(seen).hasSize(7).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("a page exactly filling the limit has no next cursor")
    void exactFill() {
        store.create(NewSession.of("a", "o"));
        store.create(NewSession.of("b", "o"));
        Page<ChatSession> page = store.list(SessionQuery.first("o", 2));
        assertThat(page.items()).hasSize(2);
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    @DisplayName("a session written between pages is neither repeated nor does it make others skipped")
    void writesBetweenPages() {
        for (int i = 0; i < 6; i++) {
            store.create(NewSession.of("s" + i, "o"));
            clock.advance(Duration.ofSeconds(1));
        }
        SessionQuery query = SessionQuery.first("o", 2);
        Page<ChatSession> first = store.list(query);
        assertThat(ids(first)).containsExactly("s5", "s4");
        store.append(SessionId.of("s5"), List.of(MessageDraft.of(Role.USER, "u", "bump")));
        store.append(SessionId.of("s1"), List.of(MessageDraft.of(Role.USER, "u", "bump")));
        List<String> rest = new ArrayList<>();
        Page<ChatSession> page = first;
        while (page.hasNext()) {
            query = query.next(page);
            page = store.list(query);
            rest.addAll(ids(page));
        }
        assertThat(rest).containsExactly("s3", "s2", "s0");
    }
}
