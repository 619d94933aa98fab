package dev.multichat.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScoresTest {
    @Test
    void medianOfAnOddCountIsTheMiddleValue() {
        assertThat(new Scores(new double[] {5, 1, 3}).median()).isEqualTo(3);
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(new Scores(new double[] {4, 1, 2, 3}).median()).isEqualTo(2.5);
    }

    @Test
    void minAndMaxAreTheExtremes() {
        Scores scores = new Scores(new double[] {2, 9, 4});
        assertThat(scores.min()).isEqualTo(2);
        assertThat(scores.max()).isEqualTo(9);
    }

    @Test
    void noIterationsIsRefused() {
        assertThatThrownBy(() -> new Scores(new double[0])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no measured iterations");
    }
}
