package dev.multichat.app.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The app's times have one width, so that clients may sort them as text (the web UI's session
 * list once put a session active at a whole second after one active later in that second).
 */
class ViewsTimeTest {

    @Test
    void aWholeSecondKeepsItsThreeFractionDigits() {
        assertThat(Views.time(Instant.parse("2026-12-02T10:00:05Z"))).isEqualTo("2026-12-02T10:00:05.000Z");
    }

    @Test
    void finerPrecisionIsTruncatedToMilliseconds() {
        assertThat(Views.time(Instant.parse("2026-12-02T10:00:05.123999Z"))).isEqualTo("2026-12-02T10:00:05.123Z");
    }

    @Test
    void timesSortAsTextInTheirOrder() {
        String whole = Views.time(Instant.parse("2026-12-02T10:00:05Z"));
        String later = Views.time(Instant.parse("2026-12-02T10:00:05.500Z"));
        assertThat(whole).isLessThan(later);
        assertThat(Instant.parse(whole)).isEqualTo(Instant.parse("2026-12-02T10:00:05Z"));
    }
}
