package dev.multichat.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The monitoring page in a real browser against a real {@code serve} on SQLite: store health,
 * and the per-operation charts and table moving after load is put on the store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitorUiTest {

    private static final By APPEND_LINE = By.cssSelector("path[data-series='append']");

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

    private void load(String id, int appends) {
        for (int i = 0; i < appends; i++) {
            serve.call("POST", "/v1/sessions/" + id + "/messages",
                    "{\"messages\":[{\"author\":\"load\",\"role\":\"user\",\"content\":\"message " + i + "\"}]}");
        }
    }

    @Test
    void theChartsMoveAfterLoadAndTheStoreShowsUp() throws IOException {
        browser.open(serve.ui("#/monitor"));
        browser.awaitText(By.cssSelector(".health-card h2"), "Store UP");
        browser.await(By.cssSelector("figure svg.chart"));
        assertThat(browser.driver().findElements(APPEND_LINE)).as("no append before the load").isEmpty();

        serve.call("POST", "/v1/sessions", "{\"id\":\"load-1\",\"owner\":\"ops\"}");
        load("load-1", 40);
        browser.until(d -> !d.findElements(APPEND_LINE).isEmpty()
                && d.findElement(APPEND_LINE).getAttribute("d").contains("L"));
        String before = browser.driver().findElement(APPEND_LINE).getAttribute("d");
        load("load-1", 40);
        browser.until(d -> !before.equals(d.findElement(APPEND_LINE).getAttribute("d")));
        String row = browser.await(By.xpath("//table//tr[th='append']")).getText();
        assertThat(row).as("calls in the last minute").containsPattern("append [1-9]\\d* ");
        browser.screenshot("monitoring");
    }
}
