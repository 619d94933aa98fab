package dev.multichat.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The session list and the session page in a real browser against a real {@code serve} on SQLite:
 * create from the UI, send from the send box, a session created elsewhere appearing live, the
 * filter and keyboard, and delete with its confirmation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionsUiTest {

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

    @Test
    void aSessionCreatedInTheUiTakesAMessageFromTheSendBox() throws IOException {
        browser.open(serve.ui("#/sessions/alice"));
        browser.awaitText(By.cssSelector(".status"), "alice has no sessions yet");
        new Actions(browser.driver()).sendKeys("n").perform();
        WebElement id = browser.await(By.cssSelector("dialog.ask input[name=id]"));
        id.sendKeys("demo-1");
        browser.driver().findElement(By.cssSelector("dialog.ask input[name=title]")).sendKeys("Refund for order 1042");
        browser.driver().findElement(By.cssSelector("dialog.ask button.primary")).click();
        browser.awaitText(By.tagName("h1"), "Refund for order 1042");
        assertThat(browser.driver().getCurrentUrl()).endsWith("#/session/demo-1");

        WebElement box = browser.await(By.cssSelector("form.send textarea"));
        box.sendKeys("Where is my refund?");
        box.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        browser.awaitText(By.cssSelector("ol.messages"), "Where is my refund?");
        JsonNode stored = serve.call("GET", "/v1/sessions/demo-1/messages", null).path("messages");
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).path("content").asText()).isEqualTo("Where is my refund?");
        assertThat(stored.get(0).path("role").asText()).isEqualTo("user");
        assertThat(browser.await(By.cssSelector("form.send textarea")).getAttribute("value")).isEmpty();
    }

    @Test
    void aSessionCreatedElsewhereAppearsLiveAndTheFilterFindsItByKeyboard() throws IOException {
        serve.call("POST", "/v1/sessions", "{\"id\":\"c-old\",\"owner\":\"carol\",\"title\":\"Shipping question\"}");
        browser.open(serve.ui("#/sessions/carol"));
        browser.await(By.cssSelector("li[data-id='c-old']"));
        browser.awaitText(By.cssSelector(".toolbar .live"), "● live");
        browser.async("window.notReloaded = true; arguments[0]()");

        serve.call("POST", "/v1/sessions", "{\"id\":\"c-new\",\"owner\":\"carol\",\"title\":\"Invoice copy\","
                + "\"metadata\":{\"channel\":\"email\"},\"ttl\":{\"seconds\":86400,\"sliding\":true}}");
        browser.await(By.cssSelector("li[data-id='c-new']"));
        serve.call("POST", "/v1/sessions/c-new/messages", "{\"messages\":[{\"author\":\"carol\",\"role\":\"user\","
                + "\"content\":\"Can I get a copy?\"}]}");
        browser.awaitText(By.cssSelector("li[data-id='c-new']"), "1 messages");
        assertThat(browser.async("arguments[0](window.notReloaded === true)")).isEqualTo(true);
        assertThat(browser.driver().findElements(By.cssSelector("ul.sessions li")).get(0).getAttribute("data-id"))
                .as("the most recently active first").isEqualTo("c-new");
        browser.screenshot("sessions");

        new Actions(browser.driver()).sendKeys("/").perform();
        new Actions(browser.driver()).sendKeys("shipping").perform();
        browser.until(d -> d.findElements(By.cssSelector("ul.sessions li")).size() == 1);
        WebElement only = browser.await(By.cssSelector("li[data-id='c-old'] a"));
        only.sendKeys(Keys.ENTER);
        browser.awaitText(By.tagName("h1"), "Shipping question");
    }

    @Test
    void deleteAsksFirstAndCancelKeepsTheSession() {
        serve.call("POST", "/v1/sessions", "{\"id\":\"d-1\",\"owner\":\"dave\",\"title\":\"To be removed\"}");
        serve.call("POST", "/v1/sessions", "{\"id\":\"d-2\",\"owner\":\"dave\",\"title\":\"To be kept\"}");
        browser.open(serve.ui("#/session/d-1"));
        browser.await(By.cssSelector("button.danger")).click();
        browser.await(By.cssSelector("dialog.ask")).findElement(By.xpath(".//button[text()='Cancel']")).click();
        browser.until(d -> d.findElements(By.cssSelector("dialog.ask")).isEmpty());
        assertThat(serve.status("GET", "/v1/sessions/d-1")).isEqualTo(200);

        browser.await(By.cssSelector("button.danger")).click();
        browser.await(By.cssSelector("dialog.ask button.primary")).click();
        browser.await(By.cssSelector("li[data-id='d-2']"));
        assertThat(browser.driver().findElements(By.cssSelector("li[data-id='d-1']"))).isEmpty();
        assertThat(serve.status("GET", "/v1/sessions/d-1")).isEqualTo(404);
    }
}
