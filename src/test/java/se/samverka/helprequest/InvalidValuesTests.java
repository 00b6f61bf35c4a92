package se.samverka.helprequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static se.samverka.helprequest.HelpRequestFixtures.asCoordinator;
import static se.samverka.helprequest.HelpRequestFixtures.posting;
import static se.samverka.helprequest.HelpRequestFixtures.validForm;
import static se.samverka.helprequest.HelpRequestFixtures.with;

import java.time.Clock;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;

/**
 * The review's 500s on {@code /be-om-hjalp} and {@code /samordning/telefon}: a value no form offers (consent=abc, an
 * unknown recurrence, asker or kind, a date that is none, a NUL byte) now shows the form again with 400, an error at
 * that field in the visitor's language, and everything typed kept.
 */
@IntegrationTest
class InvalidValuesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    @ParameterizedTest
    @CsvSource({
        "/be-om-hjalp, consent, abc, sv, Välj ett av alternativen",
        "/be-om-hjalp, recurrence, VARJE_MINUT, sv, Värdet har fel format",
        "/be-om-hjalp, asker, GRANNE, en, The value has the wrong format",
        "/be-om-hjalp, date, 2026-02-31, sv, Skriv ett datum som ÅÅÅÅ-MM-DD",
        "/be-om-hjalp, kind, RANSOM, en, The value has the wrong format",
        "/be-om-hjalp, description, Mjölk\u0000bröd, sv, Ta bort tecken som inte är tillåtna",
        "/samordning/telefon, recurrence, VARJE_MINUT, sv, Värdet har fel format",
        "/samordning/telefon, date, imorgon, en, Enter a date as YYYY-MM-DD",
        "/samordning/telefon, kind, RANSOM, sv, Värdet har fel format",
        "/samordning/telefon, residentName, Greta\u0000Ek, en, Remove the characters that are not allowed"
    })
    void anUnreadableValueShowsTheFormAgainWith400AndTheErrorAtTheFieldAndKeepsTheRest(
            String form, String field, String value, String language, String message) throws Exception {
        var values = with(validForm(LocalDate.now(clock).plusDays(2)), field, value, "residentName", "Greta Ek");
        if ("residentName".equals(field)) {
            values = with(values, field, value);
        }
        var request = posting(post(form).param("lang", language).with(csrf()), values);
        if (form.startsWith("/samordning")) {
            request.with(asCoordinator());
        }
        var response = mvc.perform(request).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select("#error-summary a[href=#" + field + "-field]").text())
                .contains(message);
        assertThat(page.select("[name=streetAddress]").val()).isEqualTo("Tappström 12");
        assertThat(page.select("textarea[name=description]").text())
                .isEqualTo("description".equals(field) ? value.replace("\u0000", "\uFFFD") : "Mjölk, bröd och kaffe");
        if (!"residentName".equals(field)) {
            assertThat(page.select("[name=residentName]").val()).isEqualTo("Greta Ek");
        }
    }
}
