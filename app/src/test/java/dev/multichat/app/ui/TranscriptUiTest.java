package dev.multichat.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A session's page in a real browser against a real {@code serve} on SQLite: messages appended
 * through the API appear live, tool attributes fold open, scrolling back pages through 500
 * messages, a conflicting append is shown, and a session deleted while open says it is gone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TranscriptUiTest {

    @TempDir
    static Path dir;

    private ServeProcess serve;
    private Browser browser;

    @BeforeAll
    void start() throws IOException {
        serve = ServeProcess.start(dir);
        browser = Browser.start();
    }

    @AfterAll
    void stop() throws Exception {
        ServeProcess.stop(serve, browser);
    }

    private void session(String id) {
        serve.call("POST", "/v1/sessions", "{\"id\":\"" + id + "\",\"owner\":\"erin\",\"title\":\"Order 77\"}");
    }

    private void append(String id, String messagesJson) {
        serve.call("POST", "/v1/sessions/" + id + "/messages", "{\"messages\":[" + messagesJson + "]}");
    }

    @Test
    void messagesAppendedThroughTheApiAppearLiveAndToolCallsFoldOpen() throws IOException {
        session("live-1");
        append("live-1", "{\"author\":\"erin\",\"role\":\"user\",\"content\":\"What is the weather in Oslo?\"}");
        browser.open(serve.ui("#/session/live-1"));
        browser.awaitText(By.cssSelector("ol.messages"), "What is the weather in Oslo?");
        browser.awaitText(By.cssSelector(".toolbar .live"), "● live");
        browser.async("window.notReloaded = true; arguments[0]()");

        append("live-1", "{\"author\":\"agent-7\",\"role\":\"assistant\",\"content\":\"Let me check.\","
                + "\"attributes\":{\"tool_calls\":\"[{\\\"name\\\":\\\"weather\\\",\\\"city\\\":\\\"Oslo\\\"}]\"}},"
                + "{\"author\":\"weather\",\"role\":\"tool\",\"content\":\"4 °C, light rain\"}");
        browser.awaitText(By.cssSelector("ol.messages"), "4 °C, light rain");
        assertThat(browser.async("arguments[0](window.notReloaded === true)")).isEqualTo(true);
        assertThat(browser.driver().findElements(By.cssSelector("ol.messages li")).stream()
                .map(li -> li.getAttribute("data-seq")).toList()).containsExactly("1", "2", "3");

        WebElement details = browser.await(By.cssSelector("li[data-seq='2'] details"));
        assertThat(details.getAttribute("open")).isNull();
        details.findElement(By.tagName("summary")).sendKeys(Keys.ENTER);
        browser.awaitText(By.cssSelector("li[data-seq='2'] details pre"), "\"city\": \"Oslo\"");
        browser.screenshot("transcript");
    }

    @Test
    void scrollingBackLoadsOlderPagesThroughFiveHundredMessages() {
        session("long-1");
        for (int batch = 0; batch < 5; batch++) {
            int from = batch * 100 + 1;
            append("long-1", String.join(",", IntStream.range(from, from + 100).mapToObj(n ->
                    "{\"author\":\"bot\",\"role\":\"assistant\",\"content\":\"line " + n + "\"}").toList()));
        }
        browser.open(serve.ui("#/session/long-1"));
        browser.awaitText(By.cssSelector("ol.messages"), "line 500");
        assertThat(browser.driver().findElements(By.cssSelector("ol.messages li"))).hasSize(50);
        browser.until(d -> {
            browser.async("document.querySelector('.log').scrollTop = 0; arguments[0]()");
            return d.findElement(By.cssSelector(".log-top")).getText().contains("start of the conversation");
        });
        List<String> seqs = browser.driver().findElements(By.cssSelector("ol.messages li")).stream()
                .map(li -> li.getAttribute("data-seq")).toList();
        assertThat(seqs).containsExactlyElementsOf(IntStream.rangeClosed(1, 500).mapToObj(Integer::toString).toList());
    }

    @Test
    void anAppendThatConflictsIsShownAndTheDraftIsKept() {
        session("race-1");
        browser.open(serve.ui("#/session/race-1"));
        WebElement box = browser.await(By.cssSelector("form.send textarea"));
        append("race-1", "{\"author\":\"someone-else\",\"role\":\"assistant\",\"content\":\"I answered first.\"}");
        box.sendKeys("My late answer");
        box.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        browser.awaitText(By.cssSelector(".status"), "Conflict: someone else wrote to this session");
        assertThat(box.getAttribute("value")).isEqualTo("My late answer");
        browser.awaitText(By.cssSelector("ol.messages"), "I answered first.");

        box.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        browser.awaitText(By.cssSelector("ol.messages"), "My late answer");
        JsonNode stored = serve.call("GET", "/v1/sessions/race-1/messages", null).path("messages");
        assertThat(stored).extracting(m -> m.path("content").asText())
                .containsExactly("I answered first.", "My late answer");
    }

    @Test
    void aSessionDeletedWhileOpenOrNeverThereSaysItIsGone() {
        session("gone-1");
        browser.open(serve.ui("#/session/gone-1"));
        browser.awaitText(By.cssSelector(".toolbar .live"), "● live");
        serve.call("DELETE", "/v1/sessions/gone-1", null);
        browser.awaitText(By.tagName("h1"), "This session is gone");

        browser.open(serve.ui("#/session/never-there"));
        browser.awaitText(By.tagName("h1"), "This session is gone");
        browser.awaitText(By.cssSelector(".notice.error"), "No session \"never-there\"");
    }
}
