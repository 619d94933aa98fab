package dev.multichat.spi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatSession;
import dev.multichat.api.NewSession;
import dev.multichat.api.Page;
import dev.multichat.api.SessionQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PagesTest {
    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

    @Test
    @DisplayName("limit rows or fewer: the last page, no cursor")
    void lastPage() {
        List<ChatSession> rows = sessions(3);
        Page<ChatSession> page = Pages.fromRows(rows, SessionQuery.first("o", 3));
        assertThat(page.items()).isEqualTo(rows);
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    @DisplayName("limit + 1 rows: limit items and a cursor after the last item, which the next query decodes")
    void moreRows() {
        List<ChatSession> rows = sessions(4);
        Page<ChatSession> page = Pages.fromRows(rows, SessionQuery.first("o", 3));
        assertThat(page.items()).isEqualTo(rows.subList(0, 3));
        SessionCursor cursor = SessionCursor.of(SessionQuery.first("o", 3).next(page));
        assertThat(cursor).isEqualTo(SessionCursor.after(rows.get(2)));
        assertThat(cursor.precedes(rows.get(3))).isTrue();
        assertThat(cursor.precedes(rows.get(2))).isFalse();
        assertThat(cursor.precedes(rows.get(1))).isFalse();
    }

    @Test
    @DisplayName("list order: updatedAt descending, then id ascending")
    void order() {
        List<ChatSession> rows = new ArrayList<>(sessions(3));
        rows.add(SessionRules.created(NewSession.of("a", "o"), T0));
        rows.sort(Pages.LIST_ORDER);
        assertThat(rows).extracting(s -> s.id().value()).containsExactly("s2", "s1", "a", "s0");
    }

    /** Sessions s0..s(n-1), s(i) created i seconds after T0, newest first (list order). */
    private static List<ChatSession> sessions(int n) {
        List<ChatSession> rows = new ArrayList<>();
        for (int i = n - 1; i >= 0; i--) {
            rows.add(SessionRules.created(NewSession.of("s" + i, "o"), T0.plusSeconds(i)));
        }
        return rows;
    }
}
