package se.samverka.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OrgNumberTests {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "802000-1239     | 802000-1239",
                "8020001239      | 802000-1239",
                "16802000-1239   | 802000-1239",
                "168020001239    | 802000-1239",
                "556012-5790     | 556012-5790",
                "5560125790      | 556012-5790",
                "165560125790    | 556012-5790",
                "212000-0142     | 212000-0142",
                "'  802000-1239 '| 802000-1239",
                "802000 1239     | 802000-1239"
            })
    void validNumbersAreReadInOneForm(String input, String stored) {
        assertThat(OrgNumber.parse(input).value()).isEqualTo(stored);
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(
            strings = {
                // wrong check digit
                "802000-1234",
                "8020001230",
                "16802000-1234",
                "556012-5791",
                // personal identity numbers: third digit below 2, though the check digit is right
                "811218-9876",
                "640823-3234",
                "19811218-9876",
                "198112189876",
                // 12 digits must start with 16
                "17802000-1239",
                "208020001239",
                // too few, too many, letters, odd hyphens
                "802000-123",
                "80200012399",
                "8020-001239",
                "80200A-1239",
                "abcdef-ghij",
                "802000--1239",
                "802000-1239x",
                "   ",
                "-"
            })
    void invalidNumbersAreRefused(String input) {
        assertThatIllegalArgumentException().isThrownBy(() -> OrgNumber.parse(input));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void blankIsRefused(String input) {
        assertThatIllegalArgumentException().isThrownBy(() -> OrgNumber.parse(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"8020001239", "802000-1234", "811218-9876"})
    void theStoredFormIsCheckedToo(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new OrgNumber(value));
    }

    @ParameterizedTest(name = "the example in the {0} messages is a valid number")
    @ValueSource(strings = {"sv", "en"})
    void theExampleInTheHintAndTheErrorIsValid(String language) throws IOException {
        var messages = new Properties();
        try (var in = getClass().getResourceAsStream("/i18n/organisation/messages_" + language + ".properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (var key : List.of("organisation.field.orgNumber.hint", "organisation.field.orgNumber.invalid")) {
            var example = Pattern.compile("\\d{6}-\\d{4}").matcher(messages.getProperty(key));
            assertThat(example.find()).as(key + " has an example").isTrue();
            assertThat(OrgNumber.parse(example.group()).value()).isEqualTo(example.group());
        }
    }
}
