package se.samverka.effort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import se.samverka.IntegrationTest;
import se.samverka.account.SamverkaUser;
import se.samverka.district.Districts;
import se.samverka.shared.HelpKind;

/** A shift's language and adult-only requirements hold for sign-ups and for call-outs alike. */
@IntegrationTest
class ShiftRequirementTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Districts districts;

    @Autowired
    Efforts efforts;

    @Autowired
    EffortShiftCallouts callouts;

    String district;
    UUID effort;

    @BeforeEach
    void setUp() {
        district = EffortFixtures.district(districts, "Kravholmen");
        var org = EffortFixtures.organisation(jdbc, "Kravföreningen", "APPROVED");
        effort = EffortFixtures.publishedEffort(efforts, org, district, "Språkcafé");
    }

    @Test
    void anAdultOnlyShiftRefusesAVolunteerWhoHasNotConfirmedTheirAgeWithAMessageOnThePage() throws Exception {
        var shift = shift(null, true);
        var young = EffortFixtures.volunteer(jdbc, "Ung Volontär", district);

        var cookies = signUp(young, shift)
                .andExpect(redirectedUrl("/insatser/" + effort))
                .andExpect(flash().attribute("flash", "effort.signup.adultsOnly"))
                .andReturn()
                .getResponse()
                .getCookies();
        assertThat(statusOf(young, shift)).isEmpty();
        assertThat(confirmed(shift)).isZero();

        // the session cookie, as in a browser: the message shows on the effort's page after the redirect
        var page = Jsoup.parse(mvc.perform(
                        get("/insatser/{id}", effort).cookie(cookies).with(authentication(EffortFixtures.as(young))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select(".flash").text()).contains("bara för vuxna").contains("18 år eller äldre");

        adult(young);
        signUp(young, shift).andExpect(flash().attribute("flash", "effort.signedUp.CONFIRMED"));
        assertThat(statusOf(young, shift)).containsExactly("CONFIRMED");
    }

    @Test
    void aShiftNeedingALanguageRefusesAVolunteerWhoDoesNotSpeakIt() throws Exception {
        var shift = shift("fi", false);
        var volunteer = EffortFixtures.volunteer(jdbc, "Sven Svensktalande", district);

        signUp(volunteer, shift).andExpect(flash().attribute("flash", "effort.signup.language"));
        assertThat(statusOf(volunteer, shift)).isEmpty();

        jdbc.sql("INSERT INTO volunteer_language (volunteer_id, language) VALUES (?, 'fi')")
                .param(EffortFixtures.volunteerId(jdbc, volunteer))
                .update();
        signUp(volunteer, shift).andExpect(flash().attribute("flash", "effort.signedUp.CONFIRMED"));
        assertThat(statusOf(volunteer, shift)).containsExactly("CONFIRMED");
    }

    @Test
    void aShiftInSwedishTakesAVolunteerWhoSpeaksSwedish() throws Exception {
        var shift = shift("sv", false);
        var volunteer = EffortFixtures.volunteer(jdbc, "Sara Svensk", district);
        signUp(volunteer, shift).andExpect(flash().attribute("flash", "effort.signedUp.CONFIRMED"));
    }

    @Test
    void aCallOutDoesNotFillAPlaceForAVolunteerWhoDoesNotMeetTheShift() {
        var adultShift = shift(null, true);
        var finnishShift = shift("fi", false);
        var volunteer = EffortFixtures.volunteer(jdbc, "Ulla Utrop", district);
        var volunteerId = EffortFixtures.volunteerId(jdbc, volunteer);

        assertThat(callouts.fill(adultShift, volunteerId)).isFalse();
        assertThat(callouts.fill(finnishShift, volunteerId)).isFalse();
        assertThat(statusOf(volunteer, adultShift)).isEmpty();
        assertThat(statusOf(volunteer, finnishShift)).isEmpty();
        assertThat(confirmed(adultShift)).isZero();

        adult(volunteer);
        assertThat(callouts.fill(adultShift, volunteerId)).isTrue();
        assertThat(statusOf(volunteer, adultShift)).containsExactly("CONFIRMED");
        assertThat(confirmed(adultShift)).isEqualTo(1);
        assertThat(callouts.fill(finnishShift, volunteerId)).isFalse();
    }

    private UUID shift(String language, boolean adultOnly) {
        return efforts.addShifts(
                        new Shift(
                                null,
                                effort,
                                "Pass",
                                LocalDate.now().plusDays(3),
                                LocalTime.of(10, 0),
                                LocalTime.of(12, 0),
                                "Plats " + UUID.randomUUID(),
                                district,
                                1,
                                3,
                                language,
                                adultOnly,
                                SignupMode.INSTANT,
                                false,
                                0,
                                List.of(HelpKind.OTHER_ERRAND)),
                        0)
                .get(0);
    }

    private void adult(SamverkaUser volunteer) {
        jdbc.sql("UPDATE volunteer SET adult_confirmed = TRUE WHERE account_id = ?")
                .param(volunteer.accountId())
                .update();
    }

    private ResultActions signUp(SamverkaUser volunteer, UUID shift) throws Exception {
        return mvc.perform(post("/mina-sidor/insatser/pass/{id}/anmal", shift)
                        .with(authentication(EffortFixtures.as(volunteer)))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private List<String> statusOf(SamverkaUser volunteer, UUID shift) {
        return jdbc.sql("SELECT status FROM effort_signup WHERE shift_id = ? AND volunteer_id = ?")
                .params(shift, EffortFixtures.volunteerId(jdbc, volunteer))
                .query(String.class)
                .list();
    }

    private int confirmed(UUID shift) {
        return jdbc.sql("SELECT confirmed FROM effort_shift WHERE id = ?")
                .param(shift)
                .query(Integer.class)
                .single();
    }
}
