package se.samverka.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Swedish and English say the same things, and no template says anything outside the bundles. */
class MessageBundleTests {

    static final Path I18N = Path.of("src/main/resources/i18n");
    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** Text that is the same in every language. */
    static final Set<String> LANGUAGE_NEUTRAL = Set.of("Samverka", "·", "–", ":", ",");

    @Test
    void everyModuleHasTheSameKeysInSwedishAndEnglish() throws IOException {
        try (Stream<Path> modules = Files.list(I18N)) {
            for (var module : modules.toList()) {
                var sv = load(module.resolve("messages_sv.properties"));
                var en = load(module.resolve("messages_en.properties"));
                var onlySv = new TreeSet<>(sv.stringPropertyNames());
                onlySv.removeAll(en.stringPropertyNames());
                var onlyEn = new TreeSet<>(en.stringPropertyNames());
                onlyEn.removeAll(sv.stringPropertyNames());
                assertThat(onlySv).as("keys only in Swedish in " + module).isEmpty();
                assertThat(onlyEn).as("keys only in English in " + module).isEmpty();
                sv.stringPropertyNames()
                        .forEach(key -> assertThat(sv.getProperty(key))
                                .as(module + " sv " + key)
                                .isNotBlank());
                en.stringPropertyNames()
                        .forEach(key -> assertThat(en.getProperty(key))
                                .as(module + " en " + key)
                                .isNotBlank());
            }
        }
    }

    /**
     * No value swallowed the next key: a file that ended without a line break and got lines appended read
     * "Arbetsyta: {0}meeting.column.cancel=Avboka" as one value, and the page showed ??meeting.column.cancel_sv??.
     */
    @Test
    void noValueHoldsAnotherKey() throws IOException {
        var glued = java.util.regex.Pattern.compile("[a-z]+(\\.[a-zA-Z0-9]+)+=");
        var found = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(I18N)) {
            for (var file :
                    files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                var properties = load(file);
                for (var key : properties.stringPropertyNames()) {
                    if (glued.matcher(properties.getProperty(key)).find()) {
                        found.add(file + ": " + key);
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void templatesHaveNoHardCodedText() throws IOException {
        var offenders = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (var file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                var document = Jsoup.parse(Files.readString(file));
                for (Element element : document.getAllElements()) {
                    var text = element.ownText().strip();
                    if (text.isEmpty()
                            || LANGUAGE_NEUTRAL.contains(text)
                            || !text.matches("(?s).*\\p{L}.*")
                            || replaced(element)) {
                        continue;
                    }
                    offenders.add(TEMPLATES.relativize(file) + ": <" + element.tagName() + "> " + text);
                }
            }
        }
        assertThat(offenders)
                .as("text in templates that does not come from a message bundle")
                .isEmpty();
    }

    /** The element's text is replaced at render time, by itself or by an ancestor. */
    private static boolean replaced(Element element) {
        // a page's <html th:replace> hands its own <main> to the layout, so it replaces nothing of the text
        for (Element e = element; e != null && !e.tagName().equals("html"); e = e.parent()) {
            for (var attribute : e.attributes()) {
                var name = attribute.getKey();
                if (name.equals("th:text")
                        || name.equals("th:utext")
                        || name.equals("th:replace")
                        || name.equals("th:insert")
                        || name.equals("th:errors")
                        || name.equals("th:remove")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Properties load(Path file) throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
