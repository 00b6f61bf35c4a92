package se.samverka.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class NotificationMessagesTests {

    @Test
    void swedishAndEnglishHaveTheSameKeys() throws Exception {
        assertThat(load("sv").stringPropertyNames())
                .isEqualTo(load("en").stringPropertyNames())
                .isNotEmpty();
    }

    @Test
    void everyTextWithArgumentsIsAValidPatternThatKeepsItsQuotes() throws Exception {
        for (var language : new String[] {"sv", "en"}) {
            var bundle = load(language);
            for (var key : bundle.stringPropertyNames()) {
                var text = bundle.getProperty(key);
                if (text.contains("{0}")) {
                    assertThatCode(() -> new MessageFormat(text, Locale.forLanguageTag(language)))
                            .as(key)
                            .doesNotThrowAnyException();
                    assertThat(text.replace("''", ""))
                            .as(key + " has a single quote")
                            .doesNotContain("'");
                }
            }
        }
    }

    private static Properties load(String language) throws Exception {
        var properties = new Properties();
        try (var in = NotificationMessagesTests.class.getResourceAsStream(
                "/i18n/notification/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
