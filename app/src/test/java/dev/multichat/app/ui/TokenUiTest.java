package dev.multichat.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A real {@code serve} with a token file: without a token the UI asks for one, and an
 * owner-scoped token sees only its owner's sessions (another owner's list and sessions answer
 * like missing ones) and no metrics.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenUiTest {

    private static final String ADMIN = "admin-token-0123456789";
    private static final String ALICE = "alice-token-0123456789";

    @TempDir
    static Path dir;

    private ServeProcess serve;
    private Browser browser;

    @BeforeAll
    void start() throws IOException {
        serve = ServeProcess.start(dir, ADMIN + " admin", ALICE + " owners=alice");
        browser = Browser.start();
        serve.call("POST", "/v1/sessions", "{\"id\":\"alice-1\",\"owner\":\"alice\",\"title\":\"Alice's order\"}");
        serve.call("POST", "/v1/sessions", "{\"id\":\"bob-1\",\"owner\":\"bob\",\"title\":\"Bob's order\"}");
    }

    @AfterAll
    void stop() throws Exception {
        ServeProcess.stop(serve, browser);
    }

    @BeforeEach
    void forgetTheToken() {
        browser.open(serve.ui(""));
        browser.async("sessionStorage.clear(); arguments[0]()");
    }

    private void signIn(String token) {
        WebElement input = browser.await(By.cssSelector("#token-form input[name=token]"));
        input.sendKeys(token);
        browser.driver().findElement(By.cssSelector("#token-form button")).click();
    }

    @Test
    void withoutATokenTheUiAsksForOneAndAWrongOneIsRefused() throws IOException {
        browser.open(serve.ui("#/sessions"));
        browser.awaitText(By.tagName("h1"), "A token is needed");
        browser.screenshot("token");
        signIn("not-a-valid-token-at-all");
        browser.awaitText(By.cssSelector("#token-form"), "did not accept");
    }

    @Test
    void anOwnerTokenSeesOnlyItsOwnersSessionsAndNoMetrics() {
        browser.open(serve.ui("#/sessions"));
        signIn(ALICE);
        browser.await(By.cssSelector("li[data-id='alice-1']"));
        browser.awaitText(By.id("who"), "owner: alice");
        assertThat(browser.driver().findElements(By.cssSelector("li[data-id='bob-1']"))).isEmpty();

        browser.driver().get(serve.ui("#/sessions/bob"));
        browser.awaitText(By.cssSelector(".status"), "No owner \"bob\" is visible to this token.");
        browser.driver().get(serve.ui("#/session/bob-1"));
        browser.awaitText(By.tagName("h1"), "This session is gone");
        browser.driver().get(serve.ui("#/monitor"));
        browser.awaitText(By.tagName("main"), "Metrics need an admin token");
    }
}
