package se.samverka.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.volunteer.VolunteerFixtures.as;

import java.time.Clock;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.account.AccountManagement;
import se.samverka.volunteer.VolunteerFixtures.Signed;

@IntegrationTest
class PauseTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Signups signups;

    @Autowired
    Volunteers volunteers;

    @Autowired
    AccountManagement accounts;

    @Autowired
    Clock clock;

    @Test
    void aPauseKeepsTheVolunteerOutUntilTheChosenDayAndResumingEndsItAtOnce() throws Exception {
        var me = newVolunteer();
        var back = today().plusDays(14);

        mvc.perform(post("/mina-sidor/profil/paus")
                        .param("until", back.toString())
                        .with(csrf())
                        .with(as(me.user())))
                .andExpect(redirectedUrl("/mina-sidor/profil"))
                .andExpect(flash().attribute("flash", "volunteer.pause.saved"));

        var paused = volunteers.find(me.profile().id()).orElseThrow();
        assertThat(paused.pausedUntil()).isEqualTo(back);
        assertThat(paused.isPausedOn(today())).isTrue();
        assertThat(paused.isPausedOn(back)).isFalse();
        var page = Jsoup.parse(mvc.perform(get("/mina-sidor/profil").with(as(me.user())))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#paused").text())
                .startsWith("Du har paus. Vi frågar dig igen tidigast")
                .contains(String.valueOf(back.getYear()));
        assertThat(page.select("form[action=/mina-sidor/profil/aterupp]")).hasSize(1);

        mvc.perform(post("/mina-sidor/profil/aterupp").with(csrf()).with(as(me.user())))
                .andExpect(redirectedUrl("/mina-sidor/profil"))
                .andExpect(flash().attribute("flash", "volunteer.pause.resumed"));

        assertThat(volunteers.find(me.profile().id()).orElseThrow().pausedUntil())
                .isNull();
        var after = Jsoup.parse(mvc.perform(get("/mina-sidor/profil").with(as(me.user())))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(after.select("#paused")).isEmpty();
    }

    @Test
    void aPauseCanLastExactlyOneYear() throws Exception {
        var me = newVolunteer();
        mvc.perform(post("/mina-sidor/profil/paus")
                        .param("until", today().plusYears(1).toString())
                        .with(csrf())
                        .with(as(me.user())))
                .andExpect(redirectedUrl("/mina-sidor/profil"));
        assertThat(volunteers.find(me.profile().id()).orElseThrow().pausedUntil())
                .isEqualTo(today().plusYears(1));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "0|Datumet måste vara efter i dag",
                "-3|Datumet måste vara efter i dag",
                "367|Datumet får vara högst ett år fram i tiden"
            })
    void theDayBackMustBeAfterTodayAndWithinAYear(int daysAhead, String message) throws Exception {
        var me = newVolunteer();
        var day = daysAhead == 367 ? today().plusYears(1).plusDays(1) : today().plusDays(daysAhead);
        assertRejected(me, day.toString(), message);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"''|Välj ett datum", "nästa vecka|Skriv ett datum som ÅÅÅÅ-MM-DD"})
    void aMissingOrUnreadableDayIsExplained(String typed, String message) throws Exception {
        // a day that is no date cannot be read at all: 400 with the form (web/InvalidFormValues); a missing one is 200
        assertRejected(newVolunteer(), typed, message, typed.isEmpty() ? 200 : 400);
    }

    private void assertRejected(Signed me, String typed, String message) throws Exception {
        assertRejected(me, typed, message, 200);
    }

    private void assertRejected(Signed me, String typed, String message, int status) throws Exception {
        var html = mvc.perform(post("/mina-sidor/profil/paus")
                        .param("until", typed)
                        .with(csrf())
                        .with(as(me.user())))
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var page = Jsoup.parse(html);
        assertThat(page.select("#until-error").text()).isEqualTo(message);
        assertThat(page.select("#error-summary a[href=#until-field]").text()).isEqualTo(message);
        assertThat(page.select("input[name=until]").val()).isEqualTo(typed);
        // the profile form beside it still shows the saved profile
        assertThat(page.select("input[name=name]").val()).isEqualTo("Bo Berg");
        assertThat(volunteers.find(me.profile().id()).orElseThrow().pausedUntil())
                .isNull();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Signed newVolunteer() {
        return VolunteerFixtures.signUp(signups, accounts, volunteers);
    }
}
