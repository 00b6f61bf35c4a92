package se.samverka.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One actor's headless Chromium. Chromium itself is started once and then lent from a pool to one actor after another
 * ({@link #start}, {@link #close}), across test classes: handing it back wipes every cookie, all storage and the
 * cache of the browser, so the next actor starts as a stranger, as in a fresh profile. Every way of reaching a new page ({@link #open}, {@link #clickToNewPage}) waits
 * for it to load, checks its language and that no message key is missing, validates its HTML with the W3C Nu HTML
 * checker, runs axe-core on it and lays it out at
 * 320 CSS px to see that nothing scrolls sideways: no page of a journey escapes the accessibility check.
 */
final class Browser implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(20);

    private final String actor;
    private final String baseUrl;
    private final Path profile;
    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Set<String> errorTitles;
    private String expectedLanguage = "sv";

    private Browser(String actor, String baseUrl, Path profile, ChromeDriver driver, Set<String> errorTitles) {
        this.actor = actor;
        this.baseUrl = baseUrl;
        this.profile = profile;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, WAIT);
        this.errorTitles = errorTitles;
    }

    /** Idle Chromiums, wiped, for the next actor; quit when the test JVM ends. */
    private static final Deque<Pooled> IDLE = new ArrayDeque<>();

    private static final AtomicInteger STARTED = new AtomicInteger();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Browser::quitIdle, "quit-pooled-chromium"));
    }

    private record Pooled(ChromeDriver driver, Path profile) {}

    /**
     * Lends a Chromium to the actor (starting one when none is idle); a page whose title is one of {@code
     * errorTitles} is the application's error page.
     */
    static Browser start(String actor, String baseUrl, Set<String> errorTitles) {
        Pooled pooled;
        synchronized (IDLE) {
            pooled = IDLE.poll();
        }
        if (pooled == null) {
            pooled = launch();
        }
        return new Browser(actor, baseUrl, pooled.profile(), pooled.driver(), errorTitles);
    }

    /** How many Chromiums this JVM has started so far (the pool's reuse shows in the test log). */
    static int started() {
        return STARTED.get();
    }

    private static Pooled launch() {
        System.setProperty("webdriver.chrome.driver", BrowserTestSupport.CHROMEDRIVER.toString());
        Path profile;
        try {
            profile = Files.createTempDirectory("samverka-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var options = new ChromeOptions();
        var logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.WARNING);
        options.setCapability("goog:loggingPrefs", logging);
        options.setBinary(BrowserTestSupport.CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,1024",
                "--user-data-dir=" + profile.toAbsolutePath());
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(BrowserTestSupport.CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
        System.err.println("Browser: started Chromium number " + STARTED.incrementAndGet() + " of this JVM");
        return new Pooled(driver, profile);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** The language ({@code sv} or {@code en}) every following page must declare in {@code <html lang>}. */
    Browser expectLanguage(String language) {
        this.expectedLanguage = language;
        return this;
    }

    /** Opens a path of the application (or the path and query of an absolute link from an e-mail). */
    Browser open(String pathOrUrl) {
        var uri = URI.create(pathOrUrl);
        var path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        driver.get(baseUrl + path);
        return checkPage();
    }

    /** Clicks something that loads a new page (a link or a submit button) and checks the new page. */
    Browser clickToNewPage(By by) {
        var oldPage = driver.findElement(By.tagName("html"));
        element(by).click();
        wait.until(d -> gone(oldPage));
        return checkPage();
    }

    /**
     * Does something that loads a new page (such as Enter on a focused button) and checks the new page: the keyboard's
     * {@link #clickToNewPage}.
     */
    Browser toNewPage(Runnable action) {
        var oldPage = driver.findElement(By.tagName("html"));
        action.run();
        wait.until(d -> gone(oldPage));
        return checkPage();
    }

    /**
     * Whether the old page's root is gone. Chromium sometimes answers a question about an element of a page that is
     * being replaced with an inspector error (node does not belong to the document) instead of a stale reference:
     * both mean the old page is gone.
     */
    private static boolean gone(WebElement oldPage) {
        try {
            oldPage.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Clicks something that stays on the page (a {@code <summary>}, a checkbox). */
    Browser click(By by) {
        element(by).click();
        return this;
    }

    Browser fill(String id, String value) {
        var input = element(By.id(id));
        input.clear();
        input.sendKeys(value);
        return this;
    }

    /** Sets a date or time input through its value: typing into them depends on the browser's locale. */
    Browser setValue(String id, String value) {
        var input = element(By.id(id));
        driver.executeScript(
                "arguments[0].value = arguments[1];"
                        + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                        + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                input,
                value);
        return this;
    }

    Browser select(String id, String value) {
        new Select(element(By.id(id))).selectByValue(value);
        return this;
    }

    Browser check(By by) {
        var box = element(by);
        if (!box.isSelected()) {
            box.click();
        }
        return this;
    }

    WebElement element(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits for something a script adds to the page, failing with {@code whatFor} if it never comes. */
    WebElement awaitElement(By by, String whatFor) {
        return new WebDriverWait(driver, WAIT)
                .withMessage(whatFor + " on " + driver.getCurrentUrl())
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    String heading() {
        return element(By.tagName("h1")).getText();
    }

    String mainText() {
        return element(By.id("main")).getText();
    }

    /** The flash message the layout shows after a post/redirect/get. */
    String flash() {
        return element(By.cssSelector("[role='status'] .flash")).getText();
    }

    String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    String htmlLang() {
        return driver.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    /** Checks the current page again after a script changed it (htmx loaded a part of it). */
    Browser checkAgain() {
        return checkPage();
    }

    private Browser checkPage() {
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        assertThat(driver.getTitle())
                .as(() -> "the application answered " + driver.getCurrentUrl()
                        + " with its error page, saying: "
                        + driver.findElements(By.tagName("h1")).stream()
                                .map(WebElement::getText)
                                .findFirst()
                                .orElse("(no heading)"))
                .isNotIn(errorTitles);
        assertThat(htmlLang()).as("<html lang> of %s", driver.getCurrentUrl()).isEqualTo(expectedLanguage);
        assertThat(driver.getPageSource())
                .as("missing message keys on %s", driver.getCurrentUrl())
                .doesNotContain("??");
        validateHtml();
        BrowserTestSupport.axe(driver);
        SmallScreen.overflowAt(driver, SmallScreen.PHONE_WIDTH)
                .ifPresent(overflow -> assertThat(overflow)
                        .as(
                                "%s scrolls sideways at %d CSS px (WCAG 1.4.10)",
                                driver.getCurrentUrl(), SmallScreen.PHONE_WIDTH)
                        .isNull());
        reportConsoleErrors();
        return this;
    }

    /**
     * Runs the W3C Nu HTML checker on the page as the browser holds it (the document as parsed, with what scripts
     * changed, serialized again with its doctype) and fails listing every error.
     */
    private void validateHtml() {
        var html = (String) driver.executeScript("var d = document.doctype;"
                + " return (d ? '<!DOCTYPE ' + d.name + '>\\n' : '') + document.documentElement.outerHTML;");
        var errors = HtmlValidation.errors(html);
        assertThat(errors)
                .as(() -> "the Nu HTML checker found %d error(s) on %s:%n%s"
                        .formatted(errors.size(), driver.getCurrentUrl(), String.join("\n", errors)))
                .isEmpty();
    }

    /**
     * Shows what the browser's console complained about (blocked inline styles, scripts that failed) on standard
     * error: worth a look, but not a failure of the journey.
     */
    private void reportConsoleErrors() {
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .forEach(entry -> System.err.println(
                        "Browser console of " + actor + " at " + driver.getCurrentUrl() + ": " + entry.getMessage()));
    }

    void saveEvidence(String name) {
        try {
            Files.createDirectories(BrowserTestSupport.SCREENSHOTS);
            var base = (name + "-" + actor).replaceAll("[^A-Za-z0-9._-]+", "_");
            var png = driver.getScreenshotAs(OutputType.BYTES);
            Files.write(BrowserTestSupport.SCREENSHOTS.resolve(base + ".png"), png);
            Files.writeString(
                    BrowserTestSupport.SCREENSHOTS.resolve(base + ".html"),
                    "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(),
                    StandardCharsets.UTF_8);
            System.err.println("Browser evidence for " + actor + " at " + driver.getCurrentUrl() + ": "
                    + BrowserTestSupport.SCREENSHOTS.resolve(base + ".png").toAbsolutePath());
        } catch (Exception e) {
            System.err.println("Could not save browser evidence for " + actor + ": " + e);
        }
    }

    /** Wipes the browser and hands it back to the pool; one that cannot be wiped is quit instead. */
    @Override
    public void close() {
        try {
            wipe();
        } catch (RuntimeException e) {
            System.err.println("Browser: could not wipe the Chromium of " + actor + ", quitting it: " + e);
            quit(driver, profile);
            return;
        }
        synchronized (IDLE) {
            IDLE.push(new Pooled(driver, profile));
        }
    }

    /**
     * Leaves nothing of this actor: the page, every cookie (of every host and port), local and session storage,
     * the cache, the emulated screen and the console's messages.
     */
    private void wipe() {
        driver.executeScript("try { sessionStorage.clear(); localStorage.clear(); } catch (e) {}");
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", baseUrl, "storageTypes", "all"));
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        var handles = driver.getWindowHandles();
        if (handles.size() != 1) {
            throw new IllegalStateException(handles.size() + " windows open");
        }
        driver.manage().logs().get(LogType.BROWSER);
    }

    private static void quitIdle() {
        synchronized (IDLE) {
            IDLE.forEach(pooled -> quit(pooled.driver(), pooled.profile()));
            IDLE.clear();
        }
    }

    private static void quit(ChromeDriver driver, Path profile) {
        try {
            driver.quit();
        } catch (RuntimeException e) {
            // already gone
        } finally {
            deleteProfile(profile);
        }
    }

    private static void deleteProfile(Path profile) {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
