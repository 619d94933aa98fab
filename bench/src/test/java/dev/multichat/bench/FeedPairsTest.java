package dev.multichat.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * FeedBench's paired throughput: iterations alternate with, without, without, with; each two
 * measured iterations make one pair line; the summary takes the median over all forks' pairs.
 */
class FeedPairsTest {
    @Test
    void iterationsAlternateSoThatEveryPairHasBothSides() {
        boolean[] order = new boolean[8];
        for (int i = 0; i < order.length; i++) {
            order[i] = FeedPairs.withFollowers(i);
        }
        assertThat(order).containsExactly(true, false, false, true, true, false, false, true);
    }

    @Test
    void pairLinesAreReadBackAndTheirMedianTaken() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        FeedPairs fork1 = new FeedPairs("json, 1000 subscriber(s)", out);
        fork1.add(true, 80);
        fork1.add(false, 100);
        fork1.add(false, 100);
        fork1.add(true, 90);
        FeedPairs fork2 = new FeedPairs("json, 1000 subscriber(s)", out);
        fork2.add(true, 70);
        fork2.add(false, 100);
        fork2.add(true, 50); // an unpaired last iteration prints nothing
        fork1.reportMedian();

        String text = bytes.toString(StandardCharsets.UTF_8);
        Map<String, List<double[]>> rows = FeedPairRatios.summarise(new BufferedReader(new StringReader(text)));

        assertThat(rows).containsOnlyKeys("json, 1000 subscriber(s)");
        List<double[]> pairs = rows.get("json, 1000 subscriber(s)");
        assertThat(pairs).extracting(r -> r[2]).containsExactly(0.8, 0.9, 0.7);
        assertThat(FeedPairRatios.line("json, 1000 subscriber(s)", pairs))
                .startsWith("json, 1000 subscriber(s): median pair ratio 0.800 over 3 pairs (0.700 to 0.900)");
        assertThat(text).contains("median ratio of this fork=0.850 over 2 pairs");
    }
}
