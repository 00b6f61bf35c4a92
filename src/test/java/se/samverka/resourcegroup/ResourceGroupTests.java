package se.samverka.resourcegroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.TestSettings;
import se.samverka.TestVolunteer;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;
import se.samverka.callout.AnswerTokens;
import se.samverka.callout.SkipReason;
import se.samverka.district.Districts;

/** The group register, a group call-out answered by SMS, the roll with check-in and check-out, and who may. */
@IntegrationTest
class ResourceGroupTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Districts districts;

    @Autowired
    ResourceGroups groups;

    @Autowired
    GroupCallouts groupCallouts;

    private static Authentication coordinator() {
        var user = new SamverkaUser(UUID.randomUUID(), "samordnare-frg", "x", Role.COORDINATOR, "Samordnare", true);
        return new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
    }

    private String district() {
        return districts.save(null, "Frgholmen " + System.nanoTime(), 650000, 6580000, 990, Set.of());
    }

    private static String phone() {
        return "+4670" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
    }

    private TestVolunteer.Created volunteer(String name, String district) {
        return TestVolunteer.named(name)
                .in(district)
                .channel("SMS")
                .phone(phone())
                .insert(jdbc);
    }

    private UUID group(String district, TestVolunteer.Created... members) {
        var id = groups.create("FRG " + UUID.randomUUID(), GroupKind.FRG, "Frivilliga resursgruppen", "test");
        for (var m : members) {
            groups.addMember(id, m.id(), "test");
        }
        return id;
    }

    @Test
    void registerKeepsMembersLeadersAndShowsExpiredAndExpiringTraining() throws Exception {
        var district = district();
        var anna = volunteer("Anna Frg", district);
        var bo = volunteer("Bo Frg", district);
        var id = group(district, anna, bo);
        groups.setLeader(id, anna.id(), true);
        var today = LocalDate.now();
        mvc.perform(post("/samordning/grupper/{g}/medlemmar/{v}/utbildningar", id, anna.id())
                        .param("name", "FRG grundutbildning")
                        .param("takenOn", today.minusYears(3).toString())
                        .param("expiresOn", today.plusDays(10).toString())
                        .with(csrf())
                        .with(authentication(coordinator())))
                .andExpect(status().is3xxRedirection());
        groups.addTraining(id, bo.id(), "Första hjälpen", today.minusYears(4), today.minusDays(1));

        var page = mvc.perform(get("/samordning/grupper/{g}", id).with(authentication(coordinator())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Anna Frg", "Bo Frg", "Ledare", "Går ut inom 30 dagar", "Har gått ut");
        assertThat(groups.members(id)).first().extracting(Member::name).isEqualTo("Anna Frg");

        // a wrong date range is a field error, with the typed value kept
        var bad = mvc.perform(post("/samordning/grupper/{g}/medlemmar/{v}/utbildningar", id, bo.id())
                        .param("name", "Sjukvård")
                        .param("takenOn", today.toString())
                        .param("expiresOn", today.minusDays(5).toString())
                        .with(csrf())
                        .with(authentication(coordinator())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(bad).contains("Slutdatumet kan inte vara före", "value=\"Sjukv&aring;rd\"");

        // removing is confirmed first
        mvc.perform(get("/samordning/grupper/{g}/medlemmar/{v}/ta-bort", id, bo.id())
                        .with(authentication(coordinator())))
                .andExpect(status().isOk());
        assertThat(groups.members(id)).hasSize(2);
        mvc.perform(post("/samordning/grupper/{g}/medlemmar/{v}/ta-bort", id, bo.id())
                        .with(csrf())
                        .with(authentication(coordinator())))
                .andExpect(status().is3xxRedirection());
        assertThat(groups.members(id)).extracting(Member::name).containsExactly("Anna Frg");
    }

    @Test
    void aGroupCalloutAnsweredBySmsJaAndNejReachesTheRollAndCheckInAndOutGiveHours() throws Exception {
        var district = district();
        var anna = volunteer("Anna Utkallad", district);
        var bo = volunteer("Bo Utkallad", district);
        var cilla = volunteer("Cilla Utkallad", district);
        var id = group(district, anna, bo, cilla);

        // the x3 rule on the form: 2 places want about 6 asked, the group has 3
        var form = mvc.perform(get("/samordning/grupper/{g}/kalla-ut", id).with(authentication(coordinator())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form).contains("Gruppen har 3 medlemmar", "ungefär 1 platser");

        var result = mvc.perform(post("/samordning/grupper/{g}/kalla-ut", id)
                        .param("what", "Fylla sandsäckar")
                        .param("place", "Folkets hus, Storgatan 1")
                        .param("district", district)
                        .param("date", LocalDate.now().plusDays(1).toString())
                        .param("from", "10:00")
                        .param("people", "2")
                        .param("who", "ALL")
                        .with(csrf())
                        .with(authentication(coordinator())))
                .andExpect(redirectedUrlPattern("/samordning/grupper/*/utkallningar/*"))
                .andReturn();
        var rollUrl = result.getResponse().getRedirectedUrl();
        var calloutId = UUID.fromString(rollUrl.substring(rollUrl.lastIndexOf('/') + 1));

        // the ask says what and where (the group call-out's own text, not a kind of help), on SMS or by e-mail
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(jdbc.sql(
                                        "SELECT subject || ' ' || body FROM outbox_message WHERE dedupe_key LIKE 'callout-asked:%'"
                                                + " AND recipient IN (?, ?)")
                                .params(anna.email(), anna.phone())
                                .query(String.class)
                                .list())
                        .singleElement()
                        // a message already sent is blanked ("-"): then only that it went is known
                        .satisfiesAnyOf(
                                text -> assertThat(text).contains("Fylla sandsäckar, Folkets hus, Storgatan 1"),
                                text -> assertThat(text).isEqualTo("- -")));
        sms(anna.phone(), "JA");
        sms(bo.phone(), "Nej tack");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var roll = groupCallouts.roll(id, calloutId);
            assertThat(roll.rows())
                    .extracting(Roll.Row::name, Roll.Row::answer)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("Anna Utkallad", "YES"),
                            org.assertj.core.groups.Tuple.tuple("Bo Utkallad", "NO"),
                            org.assertj.core.groups.Tuple.tuple("Cilla Utkallad", "NOT_YET"));
        });
        var page = mvc.perform(get(rollUrl).with(authentication(coordinator())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("3 tillfrågade: 1 ja, 1 nej, 1 har inte svarat. 2 behövs.")
                .contains("Tumregeln säger fråga 6, men bara 3 har fått frågan");

        // Anna's own link (no login): on the way, there, and done two and a half hours later
        var token = AnswerTokens.newToken();
        jdbc.sql("UPDATE resource_group_turnout SET token_hash = ? WHERE group_callout_id = ? AND volunteer_id = ?")
                .params(AnswerTokens.hash(token), calloutId, anna.id())
                .update();
        mvc.perform(get("/grupp/narvaro/{t}", token)).andExpect(status().isOk());
        mvc.perform(post("/grupp/narvaro/{t}/pa-vag", token).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/grupp/narvaro/{t}/klar", token).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(groupCallouts.roll(id, calloutId).total())
                .as("done before there is refused")
                .isZero();
        mvc.perform(post("/grupp/narvaro/{t}/framme", token).with(csrf())).andExpect(status().is3xxRedirection());
        jdbc.sql("UPDATE resource_group_turnout SET checked_in_at = checked_in_at - INTERVAL '150' MINUTE"
                        + " WHERE group_callout_id = ? AND volunteer_id = ?")
                .params(calloutId, anna.id())
                .update();
        mvc.perform(post("/grupp/narvaro/{t}/klar", token).with(csrf())).andExpect(status().is3xxRedirection());

        var roll = groupCallouts.roll(id, calloutId);
        assertThat(roll.totalHours()).isEqualByComparingTo("2.5");
        assertThat(roll.atStage("DONE")).isEqualTo(1);
        assertThat(mvc.perform(get(rollUrl).with(authentication(coordinator())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Totalt 2,5 timmar");
        mvc.perform(get("/grupp/narvaro/{t}", AnswerTokens.newToken())).andExpect(status().isNotFound());
    }

    @Test
    void aCoordinatorSetsTheStepsOnTheRollAndMembersNotEngagedCanBeAskedAlone() throws Exception {
        var district = district();
        var dan = volunteer("Dan Roll", district);
        var eva = volunteer("Eva Roll", district);
        var id = group(district, dan, eva);
        var form = new GroupCalloutForm(
                "Kaffe", "Skolan", district, LocalDate.now().plusDays(1), java.time.LocalTime.of(9, 0), null, 1, "ALL");
        var first = groupCallouts.start(id, form, false, "test");
        jdbc.sql("INSERT INTO resource_group_turnout (group_callout_id, volunteer_id, token_hash, accepted_at)"
                        + " VALUES (?, ?, ?, CURRENT_TIMESTAMP)")
                .params(first.id(), dan.id(), AnswerTokens.hash(AnswerTokens.newToken()))
                .update();
        mvc.perform(post("/samordning/grupper/{g}/utkallningar/{c}/{v}/framme", id, first.id(), dan.id())
                        .with(csrf())
                        .with(authentication(coordinator())))
                .andExpect(status().is3xxRedirection());
        assertThat(groupCallouts.roll(id, first.id()).rows())
                .filteredOn(r -> r.volunteerId().equals(dan.id()))
                .singleElement()
                .satisfies(r -> assertThat(r.turnout().stage()).isEqualTo("THERE"));
        groupCallouts.close(id, first.id(), "test");
        // still there in a closed call-out is not engaged; in an open one Dan would be left out
        jdbc.sql("UPDATE resource_group_callout SET closed_at = NULL WHERE id = ?")
                .param(first.id())
                .update();
        var second = groupCallouts.start(id, form, true, "test");
        var asked = groupCallouts.roll(id, second.id()).rows().stream()
                .map(Roll.Row::volunteerId)
                .toList();
        assertThat(asked).doesNotContain(dan.id());
    }

    @Test
    void aMemberTheRulesHoldBackIsNamedWithTheReason() throws Exception {
        var district = district();
        var fia = volunteer("Fia Pausad", district);
        var gun = volunteer("Gun Redo", district);
        jdbc.sql("UPDATE volunteer SET paused_until = ? WHERE id = ?")
                .params(java.sql.Date.valueOf(LocalDate.now().plusDays(30)), fia.id())
                .update();
        TestVolunteer.changed(jdbc);
        var id = group(district, fia, gun);
        var form = new GroupCalloutForm(
                "Värmestuga",
                "Skolan",
                district,
                LocalDate.now().plusDays(1),
                java.time.LocalTime.of(10, 0),
                null,
                1,
                "ALL");

        var started = groupCallouts.start(id, form, false, "test");

        assertThat(started.asked()).isEqualTo(1);
        assertThat(started.heldBack()).containsExactly(java.util.Map.entry("Fia Pausad", SkipReason.PAUSED));
        assertThat(groupCallouts.roll(id, started.id()).rows())
                .extracting(Roll.Row::name)
                .containsExactly("Gun Redo");
    }

    @Test
    void onlyCoordinatorsReachTheGroupPages() throws Exception {
        var volunteer = TestVolunteer.named("Vera Inte").insert(jdbc);
        mvc.perform(get("/samordning/grupper")
                        .with(authentication(new UsernamePasswordAuthenticationToken(
                                volunteer.user(), null, volunteer.user().getAuthorities()))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/samordning/grupper")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/samordning/grupper").with(authentication(coordinator())))
                .andExpect(status().isOk());
    }

    private void sms(String from, String text) throws Exception {
        mvc.perform(post("/webhooks/sms")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("id", "s" + UUID.randomUUID().toString().replace("-", ""))
                        .param("from", from)
                        .param("to", "+46766861001")
                        .param("message", text)
                        .param("created", "2026-11-30T08:41:04.412000")
                        .queryParam("secret", TestSettings.SMS_WEBHOOK_SECRET))
                .andExpect(status().isOk());
    }
}
