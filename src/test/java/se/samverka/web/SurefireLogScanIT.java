package se.samverka.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Runs in the failsafe phase, after surefire: reads every log line the surefire run wrote
 * (target/test-logs/surefire.log, see logback-test.xml and pom.xml) and fails on any code word, token, token hash,
 * risk-group value or full mobile number in it ({@link LogLeaks}). Without that file (surefire skipped, only browser
 * tests run) it fails rather than pass on nothing.
 */
class SurefireLogScanIT {

    static final Path LOG = Path.of(System.getProperty("samverka.test.log.scan", "target/test-logs/surefire.log"));

    @Test
    void theSurefireLogHoldsNoCodeWordTokenRiskGroupOrPhoneNumber() throws IOException {
        assertThat(Files.isRegularFile(LOG))
                .as(
                        "%s is missing: run the unit and integration tests (surefire) before this scan, for example"
                                + " ./mvnw verify, or skip it with -Dit.test=... when you run only browser tests",
                        LOG.toAbsolutePath())
                .isTrue();
        var text = Files.readString(LOG, StandardCharsets.UTF_8);
        assertThat(text)
                .as("%s is empty: surefire ran no test that logged", LOG.toAbsolutePath())
                .isNotBlank();
        assertThat(LogLeaks.in(text))
                .as("personal data or secrets in %s", LOG.toAbsolutePath())
                .isEmpty();
    }
}
