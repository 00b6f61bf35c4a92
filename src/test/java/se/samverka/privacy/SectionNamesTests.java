package se.samverka.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every section a module exports about a person has a heading in both languages, so that Mina uppgifter never shows
 * a raw key: the sections are read from the holders' source, as {@code PersonalDataSection.of(module(), name)} (the
 * formatter may break that call over lines).
 */
class SectionNamesTests {

    private static final Pattern MODULE = Pattern.compile("public String module\\(\\)\\s*\\{\\s*return \"([a-z]+)\";");

    private static final Pattern SECTION =
            Pattern.compile("PersonalDataSection\\.of\\(\\s*module\\(\\),\\s*\"([A-Za-z]+)\"");

    @Test
    void everyExportedSectionHasAHeadingInSwedishAndEnglish() throws IOException {
        var keys = new TreeSet<String>();
        try (var files = Files.walk(Path.of("src/main/java/se/samverka"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var source = Files.readString(file);
                var module = MODULE.matcher(source);
                if (module.find()) {
                    var name = module.group(1);
                    SECTION.matcher(source)
                            .results()
                            .forEach(m -> keys.add("privacy.section." + name + "." + m.group(1)));
                }
            }
        }
        assertThat(keys)
                .as("sections found in the holders")
                .hasSizeGreaterThan(10)
                .contains("privacy.section.incident.reported", "privacy.section.safeguarding.checks");
        for (var language : new String[] {"sv", "en"}) {
            var bundle = load("i18n/privacy/messages_" + language + ".properties");
            assertThat(keys)
                    .as("section headings in " + language)
                    .allSatisfy(key -> assertThat(bundle).containsKey(key));
        }
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (InputStream in = SectionNamesTests.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
