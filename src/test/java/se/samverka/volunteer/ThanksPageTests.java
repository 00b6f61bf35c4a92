package se.samverka.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static se.samverka.volunteer.VolunteerFixtures.details;
import static se.samverka.volunteer.VolunteerFixtures.newEmail;
import static se.samverka.volunteer.VolunteerFixtures.postSignup;
import static se.samverka.volunteer.VolunteerFixtures.signupForm;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.district.Districts;
import se.samverka.helprequest.Channel;
import se.samverka.helprequest.HelpRequests;
import se.samverka.helprequest.NewHelpRequest;
import se.samverka.helprequest.PaymentMethod;
import se.samverka.helprequest.Recurrence;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PhoneNumber;

/** The thank-you page tells honestly how much need there is where the new volunteer can help. */
@IntegrationTest
class ThanksPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Districts districts;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    Signups signups;

    @Test
    void countsWaitingRequestsAndConfirmedVolunteersInTheChosenDistricts() throws Exception {
        var district = districts.save(
                null, "Testholmen " + UUID.randomUUID().toString().substring(0, 8), 650000, 6585000, 900, Set.of());
        waitingRequestIn(district);
        waitingRequestIn(district);
        confirmedVolunteerIn(district);
        confirmedVolunteerIn(district);
        confirmedVolunteerIn(district);
        signups.signUp(details(newEmail(), district), null, Locale.forLanguageTag("sv")); // not confirmed: not counted

        var form = signupForm(newEmail());
        form.set("districts", district);
        var session = mvc.perform(postSignup(form))
                .andExpect(redirectedUrl("/bli-volontar/tack"))
                .andReturn()
                .getResponse()
                .getCookies();

        var page = Jsoup.parse(mvc.perform(get("/bli-volontar/tack").cookie(session))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#counts li").eachText())
                .containsExactly(
                        "2 förfrågningar om hjälp väntar just nu.", "3 volontärer har bekräftat sin anmälan här.");

        var english = Jsoup.parse(
                mvc.perform(get("/bli-volontar/tack").cookie(session).cookie(new Cookie("samverka-lang", "en")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(english.select("#counts li").eachText())
                .containsExactly(
                        "2 requests for help are waiting right now.",
                        "3 volunteers have confirmed their sign-up here.");
    }

    @Test
    void anEmptyDistrictIsDescribedInWordsNotAsZero() throws Exception {
        var district = districts.save(
                null, "Tomholmen " + UUID.randomUUID().toString().substring(0, 8), 650000, 6585000, 901, Set.of());
        var form = signupForm(newEmail());
        form.set("districts", district);
        var session = mvc.perform(postSignup(form)).andReturn().getResponse().getCookies();
        var page = Jsoup.parse(mvc.perform(get("/bli-volontar/tack").cookie(session))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#counts li").eachText())
                .containsExactly(
                        "Inga förfrågningar om hjälp väntar just nu.",
                        "Ingen volontär har bekräftat sin anmälan här än.");
    }

    private void waitingRequestIn(String district) {
        helpRequests.submit(
                new NewHelpRequest(
                        "Greta Gran",
                        PhoneNumber.of("0701112233"),
                        "Storgatan 1",
                        district,
                        HelpKind.SHOPPING,
                        "Mjölk och bröd",
                        LocalDate.now().plusDays(2),
                        LocalTime.of(10, 0),
                        LocalTime.of(12, 0),
                        Recurrence.ONE_OFF,
                        PaymentMethod.INVOICE,
                        "Blåklint",
                        null,
                        "sv",
                        Channel.WEB,
                        null,
                        null,
                        null),
                "test");
    }

    private void confirmedVolunteerIn(String district) {
        var email = newEmail();
        signups.signUp(details(email, district), null, Locale.forLanguageTag("sv"));
        jdbc.sql("UPDATE volunteer SET email_confirmed_at = created_at, confirmation_token = NULL WHERE email = ?")
                .param(email)
                .update();
    }
}
