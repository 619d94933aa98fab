package dev.multichat.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the JSON that JMH writes with {@code -rf json}. */
final class JmhJson {
    private JmhJson() {
    }

    /**
     * @param file a JMH JSON result file
     * @return its results, in file order
     * @throws IOException if the file cannot be read or is not JMH JSON
     */
    static List<Measurement> read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        if (root == null || !root.isArray()) {
            throw new IOException(file + " is not a JMH JSON result (expected an array of results);"
                    + " write one with -rf json -rff " + file);
        }
        List<Measurement> results = new ArrayList<>();
        for (JsonNode node : root) {
            results.add(measurement(node));
        }
        return results;
    }

    private static Measurement measurement(JsonNode node) {
        String[] parts = node.path("benchmark").asText().split("\\.");
        String name = parts.length < 2 ? parts[0] : parts[parts.length - 2] + "." + parts[parts.length - 1];
        Map<String, String> params = new LinkedHashMap<>();
        node.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
        JsonNode metric = node.path("primaryMetric");
        List<Double> scores = new ArrayList<>();
        metric.path("rawData").forEach(fork -> fork.forEach(score -> scores.add(score.asDouble())));
        double[] values = scores.stream().mapToDouble(Double::doubleValue).toArray();
        return new Measurement(name, params, node.path("threads").asInt(1), new Scores(values),
                metric.path("scoreUnit").asText());
    }
}
