package se.samverka.effort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.account.AccountManagement;
import se.samverka.callout.CalloutAsked;
import se.samverka.callout.CalloutQueries;
import se.samverka.callout.CalloutStatus;
import se.samverka.callout.Callouts;
import se.samverka.callout.SubjectType;
import se.samverka.callout.Urgency;
import se.samverka.district.Districts;
import se.samverka.shared.HelpKind;

/** A call-out for a shift, started from its roster page, fills places through the answer links. */
@IntegrationTest
@RecordApplicationEvents
class EffortCalloutTests {

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

    @Autowired
    ShiftSignups signups;

    @Autowired
    Callouts callouts;

    @Autowired
    CalloutQueries calloutQueries;

    @Autowired
    ApplicationEvents events;

    @Test
    void aCallOutForAShiftConfirmsAPlaceForEachYesUntilItIsFull() throws Exception {
        var district = EffortFixtures.district(districts, "Utskicksholmen");
        var org = EffortFixtures.organisation(jdbc, "Utskicksföreningen", "APPROVED");
        var member = EffortFixtures.member(jdbc, accounts, org, "Ulla Utskick");
        var effort = EffortFixtures.publishedEffort(efforts, org, district, "Matbanken");
        var shift = EffortFixtures.shift(efforts, effort, district, 2, SignupMode.INSTANT, HelpKind.SHOPPING);
        for (var name : List.of("Ada", "Bo", "Cy", "Di", "Ed", "Fia")) {
            EffortFixtures.volunteer(jdbc, name + " Utskick", district);
        }
        var roster = "/forening/" + org + "/insatser/" + effort + "/pass/" + shift;

        var page = Jsoup.parse(mvc.perform(get(roster).with(authentication(EffortFixtures.as(member))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#callout-start input[name=urgency]")).hasSize(3);

        mvc.perform(post(roster + "/utskick")
                        .with(authentication(EffortFixtures.as(member)))
                        .with(csrf()))
                .andExpect(flash().attribute("calloutError", "effort.callout.urgency.required"));
        mvc.perform(post(roster + "/utskick")
                        .param("urgency", "SOON")
                        .with(authentication(EffortFixtures.as(member)))
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "effort.callout.started"));

        var callout = calloutQueries.activeFor(SubjectType.EFFORT_NEED, shift).orElseThrow();
        assertThat(callout.peopleNeeded()).isEqualTo(2);
        assertThat(callout.urgency()).isEqualTo(Urgency.SOON);
        assertThat(callout.kind()).isEqualTo(HelpKind.SHOPPING);
        assertThat(callout.startedBy()).isEqualTo(member.username());
        assertThat(callouts.subjectPath(callout)).isEqualTo(roster);
        var asked = events.stream(CalloutAsked.class)
                .filter(e -> e.calloutId().equals(callout.id()))
                .toList();
        assertThat(asked).as("SOON asks two per place").hasSize(4);

        for (var ask : asked.subList(0, 2)) {
            mvc.perform(post("/utskick/svar/{t}/ja", ask.token()).with(csrf())).andExpect(status().isOk());
        }
        assertThat(jdbc.sql("SELECT confirmed FROM effort_shift WHERE id = ?")
                        .param(shift)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT volunteer_id FROM effort_signup WHERE shift_id = ? AND status = 'CONFIRMED'")
                        .param(shift)
                        .query(UUID.class)
                        .list())
                .containsExactlyInAnyOrder(
                        asked.get(0).volunteerId(), asked.get(1).volunteerId());
        assertThat(calloutQueries.find(callout.id()).orElseThrow().status()).isEqualTo(CalloutStatus.FILLED);

        // a late yes gets no place: the shift is full
        var late = Jsoup.parse(
                mvc.perform(post("/utskick/svar/{t}/ja", asked.get(2).token()).with(csrf()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(late.select("h1").text()).isEqualTo("Tack – behovet är redan fyllt");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM effort_signup WHERE shift_id = ?")
                        .param(shift)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);

        var after = Jsoup.parse(mvc.perform(get(roster).with(authentication(EffortFixtures.as(member))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(after.select("#callout-start")).isEmpty();
        assertThat(after.select("#shift-places").text()).isEqualTo("0 av 2 platser kvar");
        // the association sees its call-out on the roster: who was asked and what they answered
        assertThat(after.select("#shift-callout p").first().text()).startsWith("Fyllt: 2 av 2");
        var rows = after.select("#shift-callout-asks tbody tr").eachText();
        assertThat(rows).hasSize(4);
        assertThat(rows.stream().filter(r -> r.contains("Ja – fick platsen"))).hasSize(2);
        assertThat(rows.stream().filter(r -> r.contains("Behövs inte"))).hasSize(2);
        assertThat(after.select("a[href^=/samordning/utskick/]"))
                .as("the staff page is not for associations")
                .isEmpty();
    }

    @Test
    void theAssociationCanStopItsCallOut() throws Exception {
        var district = EffortFixtures.district(districts, "Stoppholmen");
        var org = EffortFixtures.organisation(jdbc, "Stoppföreningen", "APPROVED");
        var member = EffortFixtures.member(jdbc, accounts, org, "Sten Stopp");
        var effort = EffortFixtures.publishedEffort(efforts, org, district, "Stoppinsatsen");
        var shift = EffortFixtures.shift(efforts, effort, district, 1, SignupMode.INSTANT, HelpKind.SHOPPING);
        EffortFixtures.volunteer(jdbc, "Tora Stopp", district);
        var roster = "/forening/" + org + "/insatser/" + effort + "/pass/" + shift;
        mvc.perform(post(roster + "/utskick")
                        .param("urgency", "URGENT")
                        .with(authentication(EffortFixtures.as(member)))
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "effort.callout.started"));
        var callout = calloutQueries.activeFor(SubjectType.EFFORT_NEED, shift).orElseThrow();

        mvc.perform(post(roster + "/utskick/stoppa")
                        .with(authentication(EffortFixtures.as(member)))
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "effort.callout.stopped"));

        assertThat(calloutQueries.find(callout.id()).orElseThrow().status()).isEqualTo(CalloutStatus.STOPPED);
        var other = EffortFixtures.member(
                jdbc, accounts, EffortFixtures.organisation(jdbc, "Andra föreningen", "APPROVED"), "Ola Annan");
        mvc.perform(post(roster + "/utskick/stoppa")
                        .with(authentication(EffortFixtures.as(other)))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aDirectSignUpTakingTheLastPlaceStandsTheCallOutDown() throws Exception {
        var district = EffortFixtures.district(districts, "Direktholmen");
        var effort = EffortFixtures.publishedEffort(efforts, null, district, "Kommunens matbank");
        var shift = EffortFixtures.shift(efforts, effort, district, 1, SignupMode.INSTANT, HelpKind.SHOPPING);
        EffortFixtures.volunteer(jdbc, "Gun Frågad", district);
        var direct = EffortFixtures.volunteer(jdbc, "Hans Direkt", district);
        var coordinator = EffortFixtures.as(EffortFixtures.coordinator());
        var started = mvc.perform(post("/samordning/insatser/{e}/pass/{s}/utskick", effort, shift)
                        .param("urgency", "PLANNED")
                        .with(authentication(coordinator))
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "effort.callout.started"))
                .andReturn();
        var callout = calloutQueries.activeFor(SubjectType.EFFORT_NEED, shift).orElseThrow();
        assertThat(started.getResponse().getRedirectedUrl()).isEqualTo("/samordning/utskick/" + callout.id());

        signups.signUp(shift, EffortFixtures.volunteerId(jdbc, direct));

        Awaitility.await()
                .atMost(EffortFixtures.WAIT)
                .untilAsserted(() -> assertThat(
                                calloutQueries.find(callout.id()).orElseThrow().status())
                        .isEqualTo(CalloutStatus.FILLED));
    }
}
