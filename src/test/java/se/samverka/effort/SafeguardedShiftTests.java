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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import se.samverka.IntegrationTest;
import se.samverka.account.SamverkaUser;
import se.samverka.district.Districts;
import se.samverka.safeguarding.CheckKind;
import se.samverka.safeguarding.Safeguarding;
import se.samverka.shared.HelpKind;

/** A shift's safeguarding level holds for sign-ups, for call-out places and is set in the shift form. */
@IntegrationTest
class SafeguardedShiftTests {

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

    @Autowired
    Safeguarding safeguarding;

    String district;
    UUID effort;
    final List<UUID> created = new ArrayList<>();

    @BeforeEach
    void setUp() {
        district = EffortFixtures.district(districts, "Skyddsholmen");
        var org = EffortFixtures.organisation(jdbc, "Skyddsföreningen", "APPROVED");
        effort = EffortFixtures.publishedEffort(efforts, org, district, "Hembesök");
        created.add(effort);
    }

    /** Paused efforts leave the public listing, which other tests read page by page. */
    @AfterEach
    void tearDown() {
        created.forEach(efforts::pause);
    }

    @Test
    void aShiftNeedingLevelOneRefusesAVolunteerWithoutChecksUntilTheyHaveThemWithAMessageOnThePage() throws Exception {
        var shift = shift(1);
        var volunteer = EffortFixtures.volunteer(jdbc, "Olle Okontrollerad", district);
        var volunteerId = EffortFixtures.volunteerId(jdbc, volunteer);

        var cookies = signUp(volunteer, shift)
                .andExpect(redirectedUrl("/insatser/" + effort))
                .andExpect(flash().attribute("flash", "effort.signup.safeguarding"))
                .andReturn()
                .getResponse()
                .getCookies();
        assertThat(statusOf(volunteer, shift)).isEmpty();
        var page = Jsoup.parse(mvc.perform(get("/insatser/{id}", effort)
                        .cookie(cookies)
                        .with(authentication(EffortFixtures.as(volunteer))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select(".flash").text()).contains("kräver kontroller");

        // an identity check alone is not level 1: the pledge is missing
        safeguarding.record(volunteerId, CheckKind.ID_CHECKED, "samordnare-test", LocalDate.now(), null);
        signUp(volunteer, shift).andExpect(flash().attribute("flash", "effort.signup.safeguarding"));
        assertThat(callouts.fill(shift, volunteerId)).isFalse();

        safeguarding.acceptCurrentPledge(volunteerId);
        signUp(volunteer, shift).andExpect(flash().attribute("flash", "effort.signedUp.CONFIRMED"));
        assertThat(statusOf(volunteer, shift)).containsExactly("CONFIRMED");
    }

    @Test
    void aShiftWithoutALevelTakesAVolunteerWithoutChecks() throws Exception {
        var shift = shift(0);
        var volunteer = EffortFixtures.volunteer(jdbc, "Nils Nollnivå", district);
        signUp(volunteer, shift).andExpect(flash().attribute("flash", "effort.signedUp.CONFIRMED"));
    }

    @Test
    void theShiftFormOffersTheLevelsAndStoresTheOneChosen() throws Exception {
        var municipal = EffortFixtures.publishedEffort(efforts, null, district, "Kommunens hembesök");
        created.add(municipal);
        var coordinator = authentication(EffortFixtures.as(EffortFixtures.coordinator()));
        var form = Jsoup.parse(
                mvc.perform(get("/samordning/insatser/{id}/pass/ny", municipal).with(coordinator))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(form.select("input[name=safeguardingLevel]").eachAttr("value"))
                .containsExactly("0", "1", "2");
        assertThat(form.select("input[name=safeguardingLevel][checked]").eachAttr("value"))
                .containsExactly("0");
        assertThat(form.select("#safeguardingLevel-field legend").text())
                .isEqualTo("Vilka kontroller krävs av volontären?");

        mvc.perform(post("/samordning/insatser/{id}/pass/ny", municipal)
                        .with(coordinator)
                        .with(csrf())
                        .param("title", "Hembesök")
                        .param("date", LocalDate.now().plusDays(4).toString())
                        .param("timeFrom", "10:00")
                        .param("timeTo", "11:00")
                        .param("place", "Plats " + UUID.randomUUID())
                        .param("districtId", district)
                        .param("minVolunteers", "1")
                        .param("maxVolunteers", "2")
                        .param("kinds", HelpKind.OTHER_ERRAND.name())
                        .param("mode", "INSTANT")
                        .param("repeatWeeks", "0")
                        .param("safeguardingLevel", "2"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT safeguarding_level FROM effort_shift WHERE effort_id = ?")
                        .param(municipal)
                        .query(Integer.class)
                        .list())
                .containsExactly(2);
    }

    private UUID shift(int level) {
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
                                null,
                                false,
                                SignupMode.INSTANT,
                                false,
                                0,
                                List.of(HelpKind.OTHER_ERRAND),
                                level),
                        0)
                .get(0);
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
}
