package dev.multichat.app.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code /usr/bin/chromium}, driven by its
 * {@code /usr/bin/chromedriver}) with a fresh profile directory, deleted on {@link #close()}.
 * Waits are explicit conditions with a 20 s deadline, never sleeps.
 */
final class Browser implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser start() throws IOException {
        Path profile = Files.createTempDirectory("multichat-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--user-data-dir=" + profile, "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), profile);
    }

    WebDriver driver() {
        return driver;
    }

    /**
     * Opens a page in a fresh document (a hash-only change would not reload).
     *
     * @param url the address
     */
    void open(String url) {
        driver.get("about:blank");
        driver.get(url);
    }

    /**
     * Waits until an element is visible.
     *
     * @param by how to find it
     * @return the element
     */
    WebElement await(By by) {
        return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Waits until an element shows a text.
     *
     * @param by how to find it
     * @param text the text it must contain
     */
    void awaitText(By by, String text) {
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /**
     * Waits until a condition holds (a non-null, non-false answer). The pages redraw live
     * content (charts, lists) as data arrives, so an element the condition found may be replaced
     * before it reads it: a stale element just means "ask again".
     *
     * @param condition the condition
     * @param <T> its answer
     * @return the answer
     */
    <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }

    /**
     * Runs an asynchronous script: its last argument is the callback that answers.
     *
     * @param script the script
     * @return what it passed to the callback
     */
    Object async(String script) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script);
    }

    /**
     * Saves a screenshot of the window as {@code target/ui-screenshots/<name>.png}.
     *
     * @param name the file's name
     * @throws IOException when it cannot be written
     */
    void screenshot(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "ui-screenshots"));
        Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
