package dev.multichat.sqlite.internal.commit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The leader's gathering window: half a transaction, stretched for writers that come back late. */
class GatherWindowTest {
    private static final long TRANSACTION = 100_000;

    @Test
    void startsAtHalfThePreviousTransaction() {
        assertThat(new GatherWindow().nanos(TRANSACTION)).isEqualTo(TRANSACTION / 2);
    }

    @Test
    void writersArrivingTooLateForTheWindowStretchItUpToTheCap() {
        GatherWindow window = new GatherWindow();
        long nanos = window.nanos(TRANSACTION);
        window.gathered(nanos, 1, 4, 8);
        assertThat(window.nanos(TRANSACTION)).isEqualTo(2 * TRANSACTION / 2);
        for (int round = 0; round < 20; round++) {
            nanos = window.nanos(TRANSACTION);
            window.gathered(nanos, 1, 4, 8);
        }
        assertThat(window.nanos(TRANSACTION)).isEqualTo(GatherWindow.MAX_NANOS);
    }

    @Test
    void noWriterComingBackShrinksItToTheBase() {
        GatherWindow window = new GatherWindow();
        window.gathered(window.nanos(TRANSACTION), 0, 3, 8);
        window.gathered(window.nanos(TRANSACTION), 0, 3, 8);
        assertThat(window.nanos(TRANSACTION)).isEqualTo(4 * TRANSACTION / 2);
        window.gathered(window.nanos(TRANSACTION), 2, 2, 8);
        assertThat(window.nanos(TRANSACTION)).isEqualTo(2 * TRANSACTION / 2);
        for (int round = 0; round < 10; round++) {
            window.gathered(window.nanos(TRANSACTION), 2, 2, 8);
        }
        assertThat(window.nanos(TRANSACTION)).isEqualTo(TRANSACTION / 2);
    }

    @Test
    void aReachedCountKeepsMostOfTheStretchAndDriftsBackSlowly() {
        GatherWindow window = new GatherWindow();
        window.gathered(window.nanos(TRANSACTION), 0, 3, 8);
        window.gathered(window.nanos(TRANSACTION), 0, 3, 8);
        long stretched = window.nanos(TRANSACTION);
        window.gathered(stretched, 0, 8, 8);
        assertThat(window.nanos(TRANSACTION)).isEqualTo(stretched - stretched / 8);
    }

    @Test
    void neverLongerThanTheCapEvenAfterASlowTransaction() {
        assertThat(new GatherWindow().nanos(50 * GatherWindow.MAX_NANOS)).isEqualTo(GatherWindow.MAX_NANOS);
    }
}
