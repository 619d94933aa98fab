package dev.multichat.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.NewSession;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import dev.multichat.app.http.ApiServer;
import dev.multichat.app.http.ServerOptions;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The store going down under an open page: the server {@code serve} runs, in this JVM so that
 * the test can close its SQLite store; the page then says the store is down and a read fails
 * with that error, not with an empty list.
 */
class StoreDownUiTest {

    @TempDir
    Path dir;

    @Test
    void whenTheStoreGoesDownThePageSaysSo() throws IOException {
        SessionStore store = SessionStores.open(StoreConfig.of("sqlite:" + dir.resolve("chats.db")));
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        try (ApiServer server = ApiServer.start(store, registry, new ServerOptions("127.0.0.1", 0, null, 1 << 20));
             Browser browser = Browser.start()) {
            store.create(NewSession.of("f-1", "frank"));
            browser.open("http://127.0.0.1:" + server.port() + "/ui/#/sessions/frank");
            browser.await(By.cssSelector("li[data-id='f-1']"));
            assertThat(browser.driver().findElement(By.id("health")).getText()).isEqualTo("store up");

            store.close();
            browser.driver().findElement(By.cssSelector("form.inline button")).click();
            browser.awaitText(By.id("banner"), "The store is down");
            browser.awaitText(By.cssSelector(".status"), "unavailable");
            assertThat(browser.driver().findElement(By.id("health")).getText()).isEqualTo("store down");
            browser.screenshot("store-down");
        } finally {
            store.close();
        }
    }
}
