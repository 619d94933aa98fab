package dev.multichat.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.spi.SessionCursor;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryAndCursorTest {
    @Test
    @DisplayName("a cursor survives encode and decode, ids with ':' included")
    void cursorRoundTrip() {
        SessionCursor cursor = new SessionCursor(Instant.parse("2030-01-01T00:00:00.123Z"), SessionId.of("t:1:x"));
        assertThat(SessionCursor.decode(cursor.encode())).isEqualTo(cursor);
        SessionQuery query = new SessionQuery("o", 5, cursor.encode());
        assertThat(SessionCursor.of(query)).isEqualTo(cursor);
        assertThat(SessionCursor.of(SessionQuery.first("o", 5))).isNull();
    }

    @ParameterizedTest(name = "[{index}] {arguments}")
    @DisplayName("a garbage cursor is refused when the query is built, saying what to pass")
    @ValueSource(strings = {"", "not a cursor!", "djE6", "eDoxOjI", "djE6YWJjOmlk", "djE6MTIzOi4uL3g"})
    void garbageCursor(String text) {
        assertThatThrownBy(() -> new SessionQuery("o", 5, text)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("nextCursor of a previous page");
    }

    @Test
    @DisplayName("a cursor decoding to a traversal id is refused, not trusted")
    void cursorWithBadId() {
        String forged = Base64.getUrlEncoder().encodeToString("v1:5:../etc".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> SessionCursor.decode(forged)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("page limits are 1 to 1000; next() after the last page is refused")
    void limits() {
        assertThatThrownBy(() -> SessionQuery.first("o", 0)).hasMessageContaining("1 to 1000");
        assertThatThrownBy(() -> SessionQuery.first("o", 1001)).hasMessageContaining("got 1001");
        assertThatThrownBy(() -> SessionQuery.first("", 5)).hasMessageContaining("owner");
        Page<String> last = new Page<>(List.of("a"), null);
        assertThatThrownBy(() -> SessionQuery.first("o", 5).next(last)).hasMessageContaining("last");
    }

    @Test
    @DisplayName("ranges, expectations and TTLs refuse out-of-range values")
    void otherRecords() {
        assertThatThrownBy(() -> MessageRange.tail(0)).hasMessageContaining("tail(n): n must be 1 to 10000, got 0");
        assertThatThrownBy(() -> MessageRange.tail(-1)).hasMessageContaining("tail(n): n must be 1 to 10000, got -1")
                .message().doesNotContain("limit").doesNotContain("after(");
        assertThatThrownBy(() -> MessageRange.after(-1, 5)).hasMessageContaining("after(seq, limit): seq");
        assertThatThrownBy(() -> MessageRange.after(0, 0)).hasMessageContaining("after(seq, limit): limit");
        assertThatThrownBy(() -> Expect.version(0)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> Ttl.absolute(Duration.ofMillis(999))).hasMessageContaining("at least 1 second");
        assertThatThrownBy(() -> Ttl.sliding(Duration.ZERO)).isInstanceOf(InvalidInputException.class);
        assertThat(Expect.any().matches(42)).isTrue();
        assertThat(Expect.version(3).matches(4)).isFalse();
        assertThat(Ttl.NONE.expiryFrom(Instant.EPOCH)).isNull();
    }

    @Test
    @DisplayName("a patch must change something, and its metadata is checked like a session's")
    void patch() {
        assertThatThrownBy(() -> new SessionPatch(null, null, null)).hasMessageContaining("must change something");
        SessionInfo info = SessionPatch.title("new").applyTo(SessionInfo.of("o"));
        assertThat(info.title()).isEqualTo("new");
        assertThat(info.owner()).isEqualTo("o");
        assertThatThrownBy(() -> SessionPatch.title("a".repeat(1025))).hasMessageContaining("title has 1025");
    }
}
