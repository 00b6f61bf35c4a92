package se.samverka.effort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

/** Every bad input of the effort and shift forms is refused next to its field, with what was typed kept. */
@IntegrationTest
class EffortFormTests {

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
        district = EffortFixtures.district(districts, "Formholmen");
        org = EffortFixtures.organisation(jdbc, "Formföreningen", "APPROVED");
        member = EffortFixtures.member(jdbc, accounts, org, "Frida Form");
    }

    @Test
    void aMemberCreatesADraftEffortAndABadPeriodIsRefusedWithValuesKept() throws Exception {
        var bad = Jsoup.parse(mvc.perform(effort(
                        post("/forening/{o}/insatser/ny", org),
                        Map.of(
                                "periodStart",
                                LocalDate.now().plusDays(10).toString(),
                                "periodEnd",
                                LocalDate.now().plusDays(2).toString(),
                                "contactEmail",
                                "inte-en-adress")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(bad.select("#periodEnd-error").text()).isEqualTo("Slutdatum kan inte vara före startdatum");
        assertThat(bad.select("#contactEmail-error").text()).isEqualTo("Skriv en e-postadress som namn@exempel.se");
        assertThat(bad.select("#title").val()).isEqualTo("Läxhjälp");
        assertThat(bad.select("#description").text()).isEqualTo("Läxhjälp för barn");
        assertThat(bad.select("#error-summary a")).hasSize(2);
        assertThat(count()).isZero();

        mvc.perform(effort(post("/forening/{o}/insatser/ny", org), Map.of())).andExpect(status().is3xxRedirection());
        assertThat(count()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT status FROM effort WHERE organisation_id = ?")
                        .param(org)
                        .query(String.class)
                        .single())
                .isEqualTo("DRAFT");
    }

    @Test
    void onlyApprovedOrganisationsMayCreateEfforts() throws Exception {
        var pending = EffortFixtures.organisation(jdbc, "Väntande", "PENDING");
        var waiting = EffortFixtures.member(jdbc, accounts, pending, "Vera Väntar");
        mvc.perform(get("/forening/{o}/insatser/ny", pending).with(authentication(EffortFixtures.as(waiting))))
                .andExpect(status().isNotFound());
        var page = Jsoup.parse(
                mvc.perform(get("/forening/{o}/insatser", pending).with(authentication(EffortFixtures.as(waiting))))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(page.select("#not-approved")).hasSize(1);
        assertThat(page.select("#new-effort")).isEmpty();
    }

    @Test
    void eachBadShiftInputIsRefusedNextToItsField() throws Exception {
        var effort = EffortFixtures.publishedEffort(efforts, org, district, "Formtest");
        var tomorrow = LocalDate.now().plusDays(1).toString();

        var past = shiftPost(effort, LocalDate.now().minusDays(1).toString(), "10:00", "12:00", "1", "2", "Hallen");
        assertThat(past.select("#date-error").text()).isEqualTo("Passet kan inte börja i det förflutna");

        var backwards = shiftPost(effort, tomorrow, "12:00", "10:00", "1", "2", "Hallen");
        assertThat(backwards.select("#timeTo-error").text()).isEqualTo("Sluttiden måste vara efter starttiden");
        assertThat(backwards.select("#timeFrom").val()).isEqualTo("12:00");

        var small = shiftPost(effort, tomorrow, "10:00", "12:00", "5", "3", "Hallen");
        assertThat(small.select("#maxVolunteers-error").text())
                .isEqualTo("Högsta antalet kan inte vara mindre än minsta antalet");
        assertThat(small.select("#maxVolunteers").val()).isEqualTo("3");
        assertThat(small.select("#place").val()).isEqualTo("Hallen");

        var outside = shiftPost(effort, LocalDate.now().plusMonths(3).toString(), "10:00", "12:00", "1", "2", "Hallen");
        assertThat(outside.select("#date-error").text()).startsWith("Passet måste ligga inom insatsens period");

        var notANumber = shiftPost(effort, tomorrow, "10:00", "12:00", "två", "3", "Hallen");
        assertThat(notANumber.select("#minVolunteers-error").text()).isEqualTo("Skriv ett heltal från 1");
        assertThat(notANumber.select("#minVolunteers").val()).isEqualTo("två");
        assertThat(shifts(effort)).isZero();

        var ok = mvc.perform(shift(effort, tomorrow, "10:00", "12:00", "1", "2", "Hallen"))
                .andExpect(status().is3xxRedirection());
        assertThat(ok).isNotNull();
        assertThat(shifts(effort)).isEqualTo(1);

        var overlapping = shiftPost(effort, tomorrow, "11:00", "13:00", "1", "2", " hallen ");
        assertThat(overlapping.select("#timeFrom-error").text())
                .isEqualTo("Insatsen har redan ett pass på samma plats som överlappar den här tiden");
        // the same time elsewhere, and right after at the same place, are fine
        mvc.perform(shift(effort, tomorrow, "11:00", "13:00", "1", "2", "Kyrkan"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(shift(effort, tomorrow, "12:00", "13:00", "1", "2", "Hallen"))
                .andExpect(status().is3xxRedirection());
        assertThat(shifts(effort)).isEqualTo(3);
    }

    @Test
    void aWeeklyShiftCreatesTheNextOccurrences() throws Exception {
        var effort = EffortFixtures.publishedEffort(efforts, org, district, "Veckotest");
        var first = LocalDate.now().plusDays(2);
        mvc.perform(shift(effort, first.toString(), "18:00", "20:00", "2", "4", "Biblioteket", "3"))
                .andExpect(status().is3xxRedirection());
        var tooMany =
                Jsoup.parse(mvc.perform(shift(effort, first.toString(), "10:00", "12:00", "2", "4", "Kyrkan", "20"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(tooMany.select("#repeatWeeks-error").text())
                .startsWith("Den sista upprepningen hamnar efter insatsens slut");
        assertThat(jdbc.sql("SELECT shift_date FROM effort_shift WHERE effort_id = ? ORDER BY shift_date")
                        .param(effort)
                        .query(LocalDate.class)
                        .list())
                .containsExactly(first, first.plusWeeks(1), first.plusWeeks(2), first.plusWeeks(3));
    }

    private MockHttpServletRequestBuilder effort(MockHttpServletRequestBuilder request, Map<String, String> overrides) {
        var params = new LinkedHashMap<String, String>();
        params.put("title", "Läxhjälp");
        params.put("description", "Läxhjälp för barn");
        params.put("targetGroup", "Barn i årskurs 4–6");
        params.put("periodStart", LocalDate.now().toString());
        params.put("periodEnd", LocalDate.now().plusMonths(1).toString());
        params.put("contactName", "Frida Form");
        params.put("contactEmail", "frida@example.se");
        params.put("districts", district);
        params.putAll(overrides);
        request.with(authentication(EffortFixtures.as(member))).with(csrf());
        params.forEach(request::param);
        return request;
    }

    private MockHttpServletRequestBuilder shift(
            UUID effort, String date, String from, String to, String min, String max, String place) {
        return shift(effort, date, from, to, min, max, place, "0");
    }

    private MockHttpServletRequestBuilder shift(
            UUID effort, String date, String from, String to, String min, String max, String place, String repeat) {
        return post("/forening/{o}/insatser/{e}/pass/ny", org, effort)
                .with(authentication(EffortFixtures.as(member)))
                .with(csrf())
                .param("title", "Kvällspass")
                .param("date", date)
                .param("timeFrom", from)
                .param("timeTo", to)
                .param("place", place)
                .param("districtId", district)
                .param("minVolunteers", min)
                .param("maxVolunteers", max)
                .param("kinds", HelpKind.SHOPPING.name())
                .param("mode", "INSTANT")
                .param("repeatWeeks", repeat);
    }

    private Document shiftPost(UUID effort, String date, String from, String to, String min, String max, String place)
            throws Exception {
        return Jsoup.parse(mvc.perform(shift(effort, date, from, to, min, max, place))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private int count() {
        return jdbc.sql("SELECT COUNT(*) FROM effort WHERE organisation_id = ?")
                .param(org)
                .query(Integer.class)
                .single();
    }

    private int shifts(UUID effort) {
        return jdbc.sql("SELECT COUNT(*) FROM effort_shift WHERE effort_id = ?")
                .param(effort)
                .query(Integer.class)
                .single();
    }
}
