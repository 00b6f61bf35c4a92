package se.samverka.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.volunteer.VolunteerFixtures.details;
import static se.samverka.volunteer.VolunteerFixtures.newEmail;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.shared.HelpKind;

@IntegrationTest
@RecordApplicationEvents
class ConfirmationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Signups signups;

    @Autowired
    Volunteers volunteers;

    @Autowired
    ApplicationEvents events;

    @Test
    void theLinkOpensAPageWithAButtonAndConfirmsNothingByItself() throws Exception {
        var signedUp = signUp();
        var html = mvc.perform(get("/bli-volontar/bekrafta").param("token", signedUp.confirmationToken()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var page = Jsoup.parse(html);
        assertThat(page.select("form[action=/bli-volontar/bekrafta] input[name=token]")
                        .val())
                .isEqualTo(signedUp.confirmationToken());
        assertThat(page.select("form button").text()).isEqualTo("Bekräfta min e-postadress");
        assertThat(page.text()).contains("Vi frågar bara volontärer som har bekräftat sin e-postadress");
        assertThat(isConfirmed(signedUp)).isFalse();
    }

    @Test
    void confirmingMakesTheVolunteerOneWeMayAskAndUsesUpTheToken() throws Exception {
        var signedUp = signUp();
        assertThat(offeringIds()).doesNotContain(signedUp.volunteerId());

        mvc.perform(post("/bli-volontar/bekrafta")
                        .param("token", signedUp.confirmationToken())
                        .with(csrf()))
                .andExpect(redirectedUrl("/bli-volontar/bekraftad"));

        assertThat(isConfirmed(signedUp)).isTrue();
        assertThat(jdbc.sql("SELECT confirmation_token FROM volunteer WHERE id = ?")
                        .param(signedUp.volunteerId())
                        .query(String.class)
                        .optional())
                .isEmpty();
        assertThat(offeringIds()).contains(signedUp.volunteerId());
        var confirmed = mvc.perform(get("/bli-volontar/bekraftad"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(confirmed).contains("Nu kan vi fråga dig");

        var again = mvc.perform(post("/bli-volontar/bekrafta")
                        .param("token", signedUp.confirmationToken())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(again).contains("Länken fungerar inte", "redan ha använts");
    }

    @Test
    void anUnknownOrMissingTokenGetsAFriendlyPage() throws Exception {
        for (var request : List.of(
                get("/bli-volontar/bekrafta").param("token", "nonsense"),
                get("/bli-volontar/bekrafta"),
                post("/bli-volontar/bekrafta").param("token", "nonsense").with(csrf()),
                post("/bli-volontar/bekrafta").with(csrf()))) {
            var html = mvc.perform(request)
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(html).contains("Länken fungerar inte").doesNotContain("<form action=\"/bli-volontar/bekrafta\"");
        }
    }

    @Test
    void confirmationPagesSpeakEnglish() throws Exception {
        var signedUp = signUp();
        var html = mvc.perform(get("/bli-volontar/bekrafta")
                        .param("token", signedUp.confirmationToken())
                        .param("lang", "en"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Confirm my e-mail address");
        var invalid = mvc.perform(
                        get("/bli-volontar/bekrafta").param("token", "x").param("lang", "en"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(invalid).contains("The link does not work");
    }

    private VolunteerRegistered signUp() {
        var email = newEmail();
        signups.signUp(details(email, "munso"), null, Locale.forLanguageTag("sv"));
        return events.stream(VolunteerRegistered.class)
                .filter(e -> e.email().equals(email))
                .findFirst()
                .orElseThrow();
    }

    private boolean isConfirmed(VolunteerRegistered signedUp) {
        return jdbc.sql("SELECT email_confirmed_at IS NOT NULL FROM volunteer WHERE id = ?")
                .param(signedUp.volunteerId())
                .query(Boolean.class)
                .single();
    }

    private List<UUID> offeringIds() {
        return volunteers.offering(HelpKind.SHOPPING, List.of("munso")).stream()
                .map(VolunteerProfile::id)
                .toList();
    }
}
