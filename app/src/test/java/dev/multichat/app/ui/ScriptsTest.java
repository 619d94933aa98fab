package dev.multichat.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The UI's JavaScript that has logic, run in the real browser as the page loads it: the
 * event-stream parser, the Prometheus text parser with its histogram percentiles, and the rates
 * between two scrapes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScriptsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BUCKET = "multichat_store_operations_seconds_bucket{operation=\"append\",";

    @TempDir
    static Path dir;

    private ServeProcess serve;
    private Browser browser;

    @BeforeAll
    void start() throws IOException {
        serve = ServeProcess.start(dir);
        browser = Browser.start();
        browser.open(serve.ui("#/monitor"));
    }

    @AfterAll
    void stop() throws Exception {
        ServeProcess.stop(serve, browser);
    }

    /** Imports /ui/js/{module} as {@code m}, runs {@code body} (which calls done(value)), answers value as JSON. */
    private JsonNode run(String module, String body) throws IOException {
        Object out = browser.async("const done = r => arguments[arguments.length - 1](JSON.stringify(r));"
                + "import('/ui/js/" + module + "').then(m => { " + body + " })"
                + ".catch(e => done({error: String(e)}));");
        JsonNode result = JSON.readTree((String) out);
        assertThat(result.path("error").isMissingNode()).as(result.toString()).isTrue();
        return result;
    }

    @Test
    void theEventStreamParserReadsEventsSplitAnywhereWithEveryLineEnding() throws IOException {
        JsonNode result = run("sse.js", "const text = 'id: 1\\nevent: message\\ndata: {\"seq\":1}\\n\\n"
                + ": keep-alive\\n\\ndata: first\\r\\ndata: second\\r\\n\\r\\n"
                + "event: end\\rdata: {\"reason\":\"SESSION_GONE\"}\\r\\rdata\\n\\nid: 7\\n\\n';"
                + "const whole = []; m.sseParser(e => whole.push(e))(text);"
                + "const split = []; const push = m.sseParser(e => split.push(e)); for (const c of text) push(c);"
                + "done({whole, split});");
        String expected = "[{\"id\":\"1\",\"event\":\"message\",\"data\":\"{\\\"seq\\\":1}\"},"
                + "{\"id\":\"1\",\"event\":\"message\",\"data\":\"first\\nsecond\"},"
                + "{\"id\":\"1\",\"event\":\"end\",\"data\":\"{\\\"reason\\\":\\\"SESSION_GONE\\\"}\"},"
                + "{\"id\":\"1\",\"event\":\"message\",\"data\":\"\"}]";
        assertThat(result.path("whole")).isEqualTo(JSON.readTree(expected));
        assertThat(result.path("split")).as("fed one character at a time").isEqualTo(JSON.readTree(expected));
    }

    @Test
    void thePrometheusParserReadsLabelsAndHistogramPercentilesInterpolate() throws IOException {
        String text = String.join("\\n", "# HELP multichat_store_operations_seconds Multichat store operations",
                "# TYPE multichat_store_operations_seconds histogram",
                BUCKET + "outcome=\"ok\",le=\"0.001\"} 10", BUCKET + "outcome=\"ok\",le=\"0.002\"} 30",
                BUCKET + "outcome=\"ok\",le=\"0.005\"} 40", BUCKET + "outcome=\"ok\",le=\"+Inf\"} 40",
                "multichat_store_operations_seconds_count{operation=\"append\",outcome=\"ok\"} 40",
                BUCKET + "outcome=\"VersionConflictException\",le=\"0.001\"} 2",
                BUCKET + "outcome=\"VersionConflictException\",le=\"0.002\"} 2",
                BUCKET + "outcome=\"VersionConflictException\",le=\"0.005\"} 2",
                BUCKET + "outcome=\"VersionConflictException\",le=\"+Inf\"} 2",
                "multichat_store_operations_seconds_count{operation=\"append\",outcome=\"VersionConflictException\"} 2",
                "multichat_hybrid_circuit{state=\"open\",note=\"a \\\\\"quoted\\\\\" value\"} 1",
                "multichat_live_streams{kind=\"session\"} 3.0 1700000000000");
        JsonNode r = run("prom.js", "const samples = m.parsePrometheus('" + text.replace("'", "\\'") + "');"
                + "const h = m.histograms(samples, 'multichat_store_operations_seconds', l => l.operation)"
                + ".get('append');"
                + "const tail = {count: 5, sum: 1, buckets: new Map([[0.001, 0], [Infinity, 5]])};"
                + "done({count: samples.length, circuit: m.pick(samples, 'multichat_hybrid_circuit')[0],"
                + " live: m.pick(samples, 'multichat_live_streams', {kind: 'session'})[0].value, total: h.count,"
                + " p50: m.quantile(0.5, h), p99: m.quantile(0.99, h), inf: m.quantile(0.9, tail),"
                + " none: m.quantile(0.5, {count: 0, sum: 0, buckets: new Map()})});");
        assertThat(r.path("count").asInt()).isEqualTo(12);
        assertThat(r.path("circuit").path("labels").path("note").asText()).isEqualTo("a \"quoted\" value");
        assertThat(r.path("live").asDouble()).isEqualTo(3.0);
        assertThat(r.path("total").asInt()).isEqualTo(42);
        assertThat(r.path("p50").asDouble()).isCloseTo(0.00145, within(1e-9));
        assertThat(r.path("p99").asDouble()).isCloseTo(0.004874, within(1e-9));
        assertThat(r.path("inf").asDouble()).as("a quantile in +Inf is the largest bound").isEqualTo(0.001);
        assertThat(r.path("none").isNull()).as("no observation: NaN").isTrue();
    }

    @Test
    void ratesAndFailuresBetweenTwoScrapesArePerSecond() throws IOException {
        String scrape = "m.scrape(%d, p.parsePrometheus('" + BUCKET + "outcome=\"ok\",le=\"+Inf\"} %d\\n"
                + "multichat_store_operations_seconds_count{operation=\"append\",outcome=\"ok\"} %d\\n"
                + BUCKET + "outcome=\"StoreUnavailableException\",le=\"+Inf\"} %d\\n"
                + "multichat_store_operations_seconds_count{operation=\"append\","
                + "outcome=\"StoreUnavailableException\"} %d'))";
        JsonNode r = run("stats.js", "import('/ui/js/prom.js').then(p => {"
                + "const a = " + String.format(scrape, 0, 10, 10, 1, 1) + ";"
                + "const b = " + String.format(scrape, 2000, 30, 30, 5, 5) + ";"
                + "const s = m.between(a, b).get('append');"
                + "done({rate: s.rate, failures: s.failureRate, calls: s.calls,"
                + " start: m.windowStart([a, b], 60000).t});"
                + "});");
        assertThat(r.path("calls").asInt()).isEqualTo(24);
        assertThat(r.path("rate").asDouble()).isEqualTo(12.0);
        assertThat(r.path("failures").asDouble()).isEqualTo(2.0);
        assertThat(r.path("start").asInt()).as("with less than a minute kept, the oldest").isZero();
    }
}
