package dev.multichat.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.tck.support.Concurrently;
import dev.multichat.tck.support.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The test clock: settable, advanceable, shared by its zone views, safe across threads. */
class MutableClockTest {

    @Test
    @DisplayName("A new clock shows START until it is set or advanced.")
    void startsAtStart() {
        MutableClock clock = new MutableClock();
        assertThat(clock.instant()).isEqualTo(MutableClock.START);
        assertThat(clock.advance(Duration.ofMillis(5))).isEqualTo(MutableClock.START.plusMillis(5));
        clock.set(MutableClock.START.minusSeconds(1));
        assertThat(clock.millis()).isEqualTo(MutableClock.START.minusSeconds(1).toEpochMilli());
    }

    @Test
    @DisplayName("A zone view shares the time of the clock it came from.")
    void zoneViewSharesTime() {
        MutableClock clock = new MutableClock();
        Clock paris = clock.withZone(ZoneId.of("Europe/Paris"));
        clock.advance(Duration.ofHours(3));
        assertThat(paris.instant()).isEqualTo(clock.instant());
        assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    }

    @Test
    @DisplayName("Advances from many threads at once all count.")
    void concurrentAdvancesAllCount() {
        MutableClock clock = new MutableClock();
        List<Integer> done = Concurrently.run(8, worker -> () -> {
            for (int i = 0; i < 1000; i++) {
                clock.advance(Duration.ofMillis(1));
            }
            return worker;
        });
        assertThat(done).hasSize(8);
        assertThat(clock.instant()).isEqualTo(MutableClock.START.plusMillis(8000));
    }
}
