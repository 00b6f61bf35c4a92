package se.samverka.helprequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.samverka.shared.HelpKind;

/** Both languages say everything, and every message key a template names exists. */
class MessagesTests {

    static final Path TEMPLATES = Path.of("src/main/resources/templates/helprequest");

    /** Literal keys in #{...}, and quoted keys passed to the form fragments. */
    static final Pattern KEY = Pattern.compile(
            "#\\{([a-zA-Z][\\w.]*)[}(]|'((?:helprequest|status|history|payment|recurrence|channel|kind|language)\\.[\\w.]*[\\w])'");

    @Test
    void swedishAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("i18n/helprequest/messages_en.properties").stringPropertyNames())
                .isEqualTo(load("i18n/helprequest/messages_sv.properties").stringPropertyNames());
    }

    @Test
    void everyStatusHistoryActionPaymentRecurrenceAndChannelHasAName() throws IOException {
        var keys = load("i18n/helprequest/messages_sv.properties").stringPropertyNames();
        for (var status : HelpRequestStatus.values()) {
            assertThat(keys).contains(status.messageKey());
        }
        for (var action : Set.of(
                "SUBMITTED",
                "OPENED",
                "ASSIGNED",
                "RETURNED",
                "DONE",
                "CANCELLED",
                "CANCELLED_SERIES",
                "NOT_HELPED",
                "NEXT_OCCURRENCE",
                "OFFERED",
                "OFFER_ACCEPTED",
                "OFFER_DECLINED")) {
            assertThat(keys).contains("history.action." + action);
        }
        Stream.of(PaymentMethod.values()).forEach(p -> assertThat(keys).contains("payment." + p));
        Stream.of(Recurrence.values()).forEach(r -> assertThat(keys).contains("recurrence." + r));
        Stream.of(Channel.values()).forEach(c -> assertThat(keys).contains("channel." + c));
        Stream.of(Asker.values()).forEach(a -> assertThat(keys).contains("helprequest.asker." + a));
        Stream.of(RiskAnswer.values()).forEach(a -> assertThat(keys).contains("helprequest.riskGroup." + a));
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        var known = new HashSet<String>();
        for (var bundle :
                Set.of("i18n/helprequest/messages_sv.properties", "i18n/helprequest/messages_en.properties")) {
            known.addAll(load(bundle).stringPropertyNames());
        }
        // every bundle shares one MessageSource: a page may use another module's keys (the privacy links, say)
        try (var bundles = Files.list(Path.of("src/main/resources/i18n"))) {
            for (var module : bundles.toList()) {
                known.addAll(load("i18n/" + module.getFileName() + "/messages_sv.properties")
                        .stringPropertyNames());
            }
        }
        var used = new HashSet<String>();
        try (var files = Files.list(TEMPLATES)) {
            for (var file : files.toList()) {
                var matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    var key = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                    if (!key.endsWith(".")) {
                        used.add(key);
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(100);
        assertThat(used).allSatisfy(key -> assertThat(known).as("message keys").contains(key));
        // the names of kinds of help come from the table of kinds (helpkind.KindNames): a bundle key would hide them
        assertThat(load("i18n/web/messages_sv.properties").stringPropertyNames())
                .doesNotContain(HelpKind.SHOPPING.messageKey());
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var in = MessagesTests.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
