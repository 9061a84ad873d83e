package org.actorgraph.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.logging.Level;
import org.actorgraph.testsupport.ExpectedGraph;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A real headless Chromium (Debian's chromium and chromium-driver) driven by Selenium, for the page's tests. */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Selenium warns through java.util.logging that it has no DevTools bindings for this Chromium; none are used. */
    private static final java.util.logging.Logger CDP_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    final ChromeDriver driver;

    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    static void quietSelenium() {
        CDP_LOG.setLevel(Level.SEVERE);
    }

    /** Starts a browser with a fresh profile under {@code tmp}. */
    Browser(Path tmp) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,900", "--user-data-dir=" + Files.createTempDirectory(tmp, "chromium-profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // The driver and browser given explicitly, so that Selenium Manager has nothing to download.
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @Override
    public void close() {
        driver.quit();
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Opens a page and waits until it says whether it drew its graph; it must have. */
    void open(String url) {
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> js("return document.body.dataset.ready || ''") != null
                && !js("return document.body.dataset.ready || ''").toString().isEmpty());
        assertEquals("true", js("return document.body.dataset.ready"),
                () -> "the page did not draw the graph: " + driver.findElement(By.id("summary")).getText() + " " + consoleErrors());
    }

    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::toString).toList();
    }

    void screenshot(String name) throws IOException {
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** The page draws the store's actors and relations, direct ones as direct, and says how many. */
    void assertDraws(ExpectedGraph expected) {
        assertEquals((long) expected.nodes().size(), js("return actorGraph.cy.nodes().length"));
        assertEquals((long) expected.edges().size(), js("return actorGraph.cy.edges().length"));
        @SuppressWarnings("unchecked")
        List<String> drawn = (List<String>) js("return actorGraph.cy.edges().map(e => e.data('source') + ' ' "
                + "+ e.data('relation') + ' ' + e.data('target'))");
        assertEquals(expected.edges(), new HashSet<>(drawn));
        @SuppressWarnings("unchecked")
        List<String> direct = (List<String>) js("return actorGraph.cy.edges().filter(e => e.data('direct')).map(e => "
                + "e.data('source') + ' ' + e.data('relation') + ' ' + e.data('target'))");
        assertEquals(expected.directEdges(), new HashSet<>(direct), "edges drawn as direct vs direct edges in the store");
        assertTrue(driver.findElement(By.id("summary")).getText().startsWith(
                expected.nodes().size() + " actors · " + expected.edges().size() + " relations"));
    }
}
