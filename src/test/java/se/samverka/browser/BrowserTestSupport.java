package se.samverka.browser;

import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.test.context.ActiveProfiles;
import se.samverka.TestSettings;

/**
 * Base of the browser tests: the whole application on a random port against the PostgreSQL test database, headless
 * Chromium from the operating system (never downloaded), GreenMail for the e-mails, and axe-core for WCAG 2.1 A/AA.
 * <p>
 * Without Chromium or ChromeDriver the tests are skipped with a loud warning, unless the environment variable
 * {@code SAMVERKA_REQUIRE_BROWSER=true} (set on CI) makes them fail instead: see {@link ChromiumPresent}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith({ChromiumPresent.class, BrowserTestSupport.ScreenshotOnFailure.class})
abstract class BrowserTestSupport {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final Duration MAIL_TIMEOUT = Duration.ofSeconds(60);

    private static final int SMTP_PORT = TestSettings.smtpPort();

    @RegisterExtension
    static final GreenMailExtension greenMail =
            new GreenMailExtension(new ServerSetup(SMTP_PORT, null, "smtp")).withPerMethodLifecycle(false);

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messageSource;

    private final List<Browser> browsers = new ArrayList<>();

    /** On CI a missing browser fails the tests instead of skipping them (see {@link ChromiumPresent}). */
    @BeforeAll
    static void failWithoutChromiumWhenRequired() {
        if (ChromiumPresent.required()) {
            ChromiumPresent.missing().ifPresent(message -> fail(message));
        }
    }

    /** A fresh headless Chromium with its own profile: one per actor, so cookies and sessions never mix. */
    Browser newBrowser(String actor) {
        // every title ends with the service's name (web/ServiceNameInTitles)
        var errorTitles = Set.of(
                messageSource.getMessage("error.title", null, Locale.forLanguageTag("sv")) + " – Samverka",
                messageSource.getMessage("error.title", null, Locale.ENGLISH) + " – Samverka");
        var browser = Browser.start(actor, "http://localhost:" + port, errorTitles);
        browsers.add(browser);
        return browser;
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
        browsers.clear();
    }

    /**
     * Runs axe-core with the WCAG 2.0/2.1 A and AA rules on the page the driver shows, and fails listing every
     * violation with the elements it concerns.
     */
    static void axe(WebDriver driver) {
        var results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        if (results.isErrored()) {
            fail("axe-core could not run on " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        var violations = results.getViolations();
        if (!violations.isEmpty()) {
            fail("axe-core found %d WCAG 2.1 A/AA violation(s) on %s:%n%s"
                    .formatted(
                            violations.size(),
                            driver.getCurrentUrl(),
                            violations.stream()
                                    .map(BrowserTestSupport::describe)
                                    .collect(Collectors.joining("\n"))));
        }
    }

    private static String describe(Rule rule) {
        return "- %s (%s): %s %s%n%s"
                .formatted(
                        rule.getId(),
                        rule.getImpact(),
                        rule.getHelp(),
                        rule.getHelpUrl(),
                        rule.getNodes().stream()
                                .map(BrowserTestSupport::describe)
                                .collect(Collectors.joining("\n")));
    }

    private static String describe(CheckedNode node) {
        return "    at %s: %s%n      %s"
                .formatted(
                        node.getTarget(),
                        node.getHtml(),
                        String.valueOf(node.getFailureSummary()).replace("\n", "\n      "));
    }

    /**
     * Waits (bounded) for an e-mail to {@code recipient} whose text contains {@code linkPattern}, and returns the
     * first match. Patterns should match the path and query only: the host in the mail is the configured base URL,
     * not this test's random port.
     */
    static String awaitLinkInMail(String recipient, String linkPattern) {
        var pattern = Pattern.compile(linkPattern);
        return await("an e-mail to " + recipient + " with a link matching " + linkPattern)
                .atMost(MAIL_TIMEOUT)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> findLink(recipient, pattern), Optional::isPresent)
                .orElseThrow();
    }

    private static Optional<String> findLink(String recipient, Pattern pattern) throws Exception {
        for (var message : greenMail.getReceivedMessages()) {
            if (isTo(message, recipient)) {
                var matcher = pattern.matcher(text(message));
                if (matcher.find()) {
                    return Optional.of(matcher.group());
                }
            }
        }
        return Optional.empty();
    }

    /** Every e-mail to the recipient so far, as decoded text (for assertions and failure messages). */
    static List<String> mailsTo(String recipient) throws Exception {
        var texts = new ArrayList<String>();
        for (var message : greenMail.getReceivedMessages()) {
            if (isTo(message, recipient)) {
                texts.add(message.getSubject() + "\n" + text(message));
            }
        }
        return texts;
    }

    private static boolean isTo(MimeMessage message, String recipient) throws MessagingException {
        var to = message.getRecipients(Message.RecipientType.TO);
        if (to == null) {
            return false;
        }
        for (var address : to) {
            if (address.toString().toLowerCase().contains(recipient.toLowerCase())) {
                return true;
            }
        }
        return false;
    }

    /** The decoded text of every text part (plain and HTML) of a message. */
    static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/*")) {
            return String.valueOf(part.getContent());
        }
        if (part.getContent() instanceof Multipart multipart) {
            var text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                text.append(text(body)).append('\n');
            }
            return text.toString();
        }
        return "";
    }

    /** Saves a screenshot and the HTML of every open browser when a test fails, before the browsers close. */
    static class ScreenshotOnFailure implements AfterTestExecutionCallback {

        @Override
        public void afterTestExecution(ExtensionContext context) {
            if (context.getExecutionException().isEmpty()) {
                return;
            }
            context.getTestInstance()
                    .filter(BrowserTestSupport.class::isInstance)
                    .map(BrowserTestSupport.class::cast)
                    .ifPresent(test -> test.browsers.forEach(browser -> browser.saveEvidence(
                            context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName())));
        }
    }
}
