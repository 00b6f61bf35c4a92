package se.samverka.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs in the failsafe phase, after surefire: reads every log line the surefire run wrote
 * (target/test-logs/surefire-N.log, one per surefire JVM, see logback-test.xml and pom.xml) and fails on any code word, token, token hash,
 * risk-group value or full mobile number in it ({@link LogLeaks}). Without that file (surefire skipped, only browser
 * tests run) it fails rather than pass on nothing.
 */
class SurefireLogScanIT {

    /** The directory of the logs: one file per surefire JVM, surefire-1.log and on (pom.xml, test.forks). */
    static final Path LOGS = Path.of(System.getProperty("samverka.test.log.scan", "target/test-logs"));

    @Test
    void theSurefireLogHoldsNoCodeWordTokenRiskGroupOrPhoneNumber() throws IOException {
        var logs = logs();
        assertThat(logs)
                .as(
                        "no surefire*.log in %s: run the unit and integration tests (surefire) before this scan, for"
                                + " example ./mvnw verify, or skip it with -Dit.test=... when you run only browser tests",
                        LOGS.toAbsolutePath())
                .isNotEmpty();
        for (var log : logs) {
            var text = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(text)
                    .as("%s is empty: surefire ran no test that logged", log.toAbsolutePath())
                    .isNotBlank();
            assertThat(LogLeaks.in(text))
                    .as("personal data or secrets in %s", log.toAbsolutePath())
                    .isEmpty();
        }
    }

    private static List<Path> logs() throws IOException {
        if (!Files.isDirectory(LOGS)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(LOGS)) {
            return files.filter(f -> f.getFileName().toString().matches("surefire.*\\.log"))
                    .sorted()
                    .toList();
        }
    }
}
