package se.samverka.volunteer;

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
import se.samverka.shared.Language;

/** The volunteer bundles speak the same keys, and every key the volunteer pages use exists. */
class VolunteerMessagesTests {

    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");
    private static final Pattern QUOTED_KEY =
            Pattern.compile("'((?:volunteer|askFrequency|kind|language)\\.[A-Za-z0-9_.]*)'");

    @Test
    void swedishAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("i18n/volunteer/messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(
                        load("i18n/volunteer/messages_sv.properties").stringPropertyNames());
    }

    @Test
    void everyKeyUsedByTheVolunteerPagesExists() throws IOException {
        var known = new HashSet<String>();
        // every bundle shares one MessageSource: a volunteer page may use another module's keys (retention's, say)
        try (Stream<Path> bundles = Files.list(Path.of("src/main/resources/i18n"))) {
            for (var module : bundles.toList()) {
                known.addAll(load("i18n/" + module.getFileName() + "/messages_sv.properties")
                        .stringPropertyNames());
            }
        }
        var used = new HashSet<String>();
        try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates/volunteer"))) {
            for (var template : templates.toList()) {
                var html = Files.readString(template);
                LITERAL_KEY.matcher(html).results().forEach(m -> used.add(m.group(1)));
                QUOTED_KEY
                        .matcher(html)
                        .results()
                        .map(m -> m.group(1))
                        .filter(k -> !k.endsWith("."))
                        .forEach(used::add);
            }
        }
        // the names of kinds of help (kind.*) come from the table of kinds, not from a bundle (KindNamesTests)
        for (var frequency : AskFrequency.values()) {
            used.add(frequency.messageKey());
        }
        for (var slot : TimeSlot.values()) {
            used.add("volunteer.slot." + slot.name());
        }
        Language.CODES.forEach(code -> used.add("language." + code));
        used.addAll(Set.of(
                "volunteer.hasCar.true",
                "volunteer.hasCar.false",
                "volunteer.profile.saved",
                "volunteer.pause.saved",
                "volunteer.pause.resumed"));
        assertThat(used).hasSizeGreaterThan(60);
        assertThat(known).containsAll(used);
    }

    private static Properties load(String resource) throws IOException {
        var properties = new Properties();
        try (var in = VolunteerMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
