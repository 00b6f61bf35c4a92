package se.samverka.effort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.samverka.IntegrationTest;
import se.samverka.account.AccountManagement;
import se.samverka.account.SamverkaUser;
import se.samverka.district.Districts;
import se.samverka.shared.HelpKind;

/** The owner changes a shift's time, place and size; everyone signed up is told once, in their language. */
@IntegrationTest
class ShiftEditTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Districts districts;

    @Autowired
    AccountManagement accounts;

    @Autowired
    Efforts efforts;

    String district;
    UUID org;
    SamverkaUser member;

    @BeforeEach
    void setUp() {
        district = EffortFixtures.district(districts, "Ändraholmen");
        org = EffortFixtures.organisation(jdbc, "Ändraföreningen", "APPROVED");
        member = EffortFixtures.member(jdbc, accounts, org, "Erik Ändra");
    }

    @Test
    void aNewTimeAndPlaceIsSavedAndEverySignedUpVolunteerIsToldOnceInTheirLanguage() throws Exception {
        var effort = EffortFixtures.publishedEffort(efforts, org, district, "Matkassar i hamnen");
        var shift = EffortFixtures.shift(efforts, effort, district, 1, SignupMode.INSTANT, HelpKind.SHOPPING);
        var anna = EffortFixtures.volunteer(jdbc, "Anna Ändrad", district);
        var bengt = EffortFixtures.volunteer(jdbc, "Bengt Väntande", district);
        jdbc.sql("UPDATE volunteer SET locale = 'en' WHERE account_id = ?")
                .param(bengt.accountId())
                .update();
        signUp(anna, shift);
        signUp(bengt, shift);

        var form = Jsoup.parse(mvc.perform(get(edit(effort, shift)).with(authentication(EffortFixtures.as(member))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(form.select("#maxVolunteers").val()).isEqualTo("1");

        var newDate = LocalDate.now().plusDays(5);
        mvc.perform(save(effort, shift, newDate.toString(), "14:00", "16:00", "Hamnmagasinet", "1", "2"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "effort.flash.shiftChanged"))
                .andExpect(flash().attribute("flashCount", 2));

        var changed = efforts.shift(shift).orElseThrow();
        assertThat(changed.date()).isEqualTo(newDate);
        assertThat(changed.place()).isEqualTo("Hamnmagasinet");
        assertThat(changed.maxVolunteers()).isEqualTo(2);
        assertThat(changed.confirmed())
                .as("the larger size gives the waiting volunteer a place")
                .isEqualTo(2);

        await().atMost(EffortFixtures.WAIT).untilAsserted(() -> {
            assertThat(EffortFixtures.mailTo(jdbc, anna.username(), "effort:SHIFT_CHANGED:"))
                    .contains("Matkassar i hamnen", "Hamnmagasinet", "14:00", "Tidigare:");
            assertThat(EffortFixtures.mailTo(jdbc, bengt.username(), "effort:SHIFT_CHANGED:"))
                    .contains("The shift", "Hamnmagasinet", "Before:");
        });
        assertThat(changeMails(anna)).as("one e-mail per change").isEqualTo(1);

        // saving the same values again changes neither time nor place: nobody is told again
        mvc.perform(save(effort, shift, newDate.toString(), "14:00", "16:00", "Hamnmagasinet", "1", "2"))
                .andExpect(flash().attribute("flashCount", 0));
        assertThat(changeMails(anna)).isEqualTo(1);
    }

    @Test
    void theSizeCannotGoBelowThoseAlreadyConfirmedAndTheTypedValuesStay() throws Exception {
        var effort = EffortFixtures.publishedEffort(efforts, org, district, "Läxhjälp");
        var shift = EffortFixtures.shift(efforts, effort, district, 3, SignupMode.INSTANT, HelpKind.SHOPPING);
        signUp(EffortFixtures.volunteer(jdbc, "Cilla Ett", district), shift);
        signUp(EffortFixtures.volunteer(jdbc, "David Två", district), shift);

        // a date that is no date answers 400 with the form again (web/InvalidFormValues), every error shown
        var page = Jsoup.parse(
                mvc.perform(save(effort, shift, "inte ett datum", "14:00", "16:00", "Biblioteket", "1", "1"))
                        .andExpect(status().isBadRequest())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(page.select("#maxVolunteers-error").text())
                .isEqualTo("2 volontärer är redan bekräftade. Högsta antalet kan inte vara mindre än så.");
        assertThat(page.select(".error-summary a[href=#maxVolunteers-field]")).hasSize(1);
        assertThat(page.select("#date-error").text()).isNotBlank();
        assertThat(page.select("#date").val()).isEqualTo("inte ett datum");
        assertThat(page.select("#place").val()).isEqualTo("Biblioteket");
        assertThat(efforts.shift(shift).orElseThrow().maxVolunteers()).isEqualTo(3);

        var valid = Jsoup.parse(mvc.perform(save(
                        effort,
                        shift,
                        LocalDate.now().plusDays(4).toString(),
                        "14:00",
                        "16:00",
                        "Biblioteket",
                        "1",
                        "1"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(valid.select("#maxVolunteers-error").text()).startsWith("2 volontärer är redan bekräftade");
        assertThat(valid.select("#date-error")).isEmpty();
    }

    @Test
    void aCancelledShiftCannotBeChangedAndOthersGetNotFound() throws Exception {
        var effort = EffortFixtures.publishedEffort(efforts, org, district, "Inställt");
        var shift = EffortFixtures.shift(efforts, effort, district, 3, SignupMode.INSTANT, HelpKind.SHOPPING);
        var other = EffortFixtures.organisation(jdbc, "Annan förening", "APPROVED");
        var stranger = EffortFixtures.member(jdbc, accounts, other, "Sara Främling");
        mvc.perform(get("/forening/{o}/insatser/{e}/pass/{s}/andra", other, effort, shift)
                        .with(authentication(EffortFixtures.as(stranger))))
                .andExpect(status().isNotFound());
        efforts.cancelShift(shift);
        mvc.perform(get(edit(effort, shift)).with(authentication(EffortFixtures.as(member))))
                .andExpect(status().isNotFound());
    }

    private String edit(UUID effort, UUID shift) {
        return "/forening/" + org + "/insatser/" + effort + "/pass/" + shift + "/andra";
    }

    private MockHttpServletRequestBuilder save(
            UUID effort, UUID shift, String date, String from, String to, String place, String min, String max) {
        return post(edit(effort, shift))
                .param("date", date)
                .param("timeFrom", from)
                .param("timeTo", to)
                .param("place", place)
                .param("minVolunteers", min)
                .param("maxVolunteers", max)
                .with(authentication(EffortFixtures.as(member)))
                .with(csrf());
    }

    private int changeMails(SamverkaUser volunteer) {
        return jdbc.sql(
                        "SELECT COUNT(*) FROM outbox_message WHERE recipient = ? AND dedupe_key LIKE 'effort:SHIFT_CHANGED:%'")
                .param(volunteer.username())
                .query(Integer.class)
                .single();
    }

    private void signUp(SamverkaUser volunteer, UUID shift) throws Exception {
        mvc.perform(post("/mina-sidor/insatser/pass/{id}/anmal", shift)
                        .with(authentication(EffortFixtures.as(volunteer)))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }
}
