package se.samverka.browser;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips the browser tests, with a banner on standard error, when Debian's Chromium or ChromeDriver is missing, unless
 * {@code SAMVERKA_REQUIRE_BROWSER=true}: then they run and fail in {@link BrowserTestSupport}.
 * <p>
 * A condition rather than an assumption in {@code @BeforeAll}: Maven reports an aborted class as "Tests run: 0,
 * Skipped: 0", which nobody notices, but a disabled class as a warning with every test counted as skipped. It is
 * also evaluated before Spring starts the application, so a machine without a browser loses no time.
 */
class ChromiumPresent implements ExecutionCondition {

    static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("SAMVERKA_REQUIRE_BROWSER"));
    }

    /** A message naming what is missing, or empty when both are installed. */
    static Optional<String> missing() {
        var missing = new ArrayList<String>();
        if (!Files.isExecutable(BrowserTestSupport.CHROMIUM)) {
            missing.add(BrowserTestSupport.CHROMIUM.toString());
        }
        if (!Files.isExecutable(BrowserTestSupport.CHROMEDRIVER)) {
            missing.add(BrowserTestSupport.CHROMEDRIVER.toString());
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("""

				************************************************************************
				 BROWSER TESTS %s: missing %s
				 Install Debian's packages: apt-get install chromium chromium-driver
				 (SAMVERKA_REQUIRE_BROWSER=true turns this skip into a failure.)
				************************************************************************
				""".formatted(required() ? "FAIL" : "SKIPPED", String.join(" and ", missing)));
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        var missing = missing();
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("Chromium and ChromeDriver are installed");
        }
        System.err.println(missing.get());
        if (required()) {
            return ConditionEvaluationResult.enabled("SAMVERKA_REQUIRE_BROWSER=true: the tests must fail");
        }
        return ConditionEvaluationResult.disabled(missing.get().strip());
    }
}
