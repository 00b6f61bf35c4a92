package se.samverka.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.account.SamverkaUser;
import se.samverka.callout.CalloutAsked;
import se.samverka.callout.CalloutClosings;
import se.samverka.callout.CalloutQueries;
import se.samverka.callout.CalloutStatus;
import se.samverka.callout.CalloutStoodDown;
import se.samverka.callout.Callouts;
import se.samverka.callout.Need;
import se.samverka.callout.SubjectType;
import se.samverka.callout.Urgency;
import se.samverka.callout.VolunteerThanked;
import se.samverka.district.Districts;
import se.samverka.helprequest.HelpRequest;
import se.samverka.helprequest.HelpRequests;
import se.samverka.volunteer.Volunteers;

/** A call-out for a resident's request, through the e-mail answer page: waves, the first yes, stand-downs. */
@IntegrationTest
@RecordApplicationEvents
class HelpRequestCalloutTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Districts districts;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    Callouts callouts;

    @Autowired
    CalloutQueries calloutQueries;

    @Autowired
    CalloutClosings calloutClosings;

    @Autowired
    Volunteers volunteers;

    @Autowired
    Assignments assignments;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationEvents events;

    @Test
    void theFirstYesGetsTheTaskAndEveryoneElseAskedIsStoodDownOnce() throws Exception {
        var home = district("Svarsholmen");
        var request = helpRequests.submit(TaskFixtures.shopping("Rut Svar", home), "test");
        var anna = TaskFixtures.volunteer(jdbc, "Anna Först", home);
        var bengt = TaskFixtures.volunteer(jdbc, "Bengt Tvåa", home);
        var cilla = TaskFixtures.volunteer(jdbc, "Cilla Trea", home);

        var id = start(request, Urgency.SOON);

        var asked = asked(id);
        assertThat(asked)
                .as("SOON asks two per person needed in the first wave")
                .hasSize(2);
        assertThat(calloutQueries.find(id)).get().extracting(c -> c.status()).isEqualTo(CalloutStatus.ACTIVE);
        var first = asked.get(0);
        var second = asked.get(1);

        var page = Jsoup.parse(mvc.perform(get("/utskick/svar/{t}", first.token()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Kan du hjälpa till?");
        assertThat(page.text())
                .contains("Svarsholmen")
                .doesNotContain("Rut Svar")
                .doesNotContain("Bryggvägen");

        var answered = Jsoup.parse(
                mvc.perform(post("/utskick/svar/{t}/ja", first.token()).with(csrf()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(answered.select("h1").text()).isEqualTo("Tack! Uppdraget är ditt");

        var callout = calloutQueries.find(id).orElseThrow();
        assertThat(callout.status()).isEqualTo(CalloutStatus.FILLED);
        assertThat(callout.accepted()).isEqualTo(1);
        assertThat(jdbc.sql(
                                "SELECT volunteer_id FROM assignment WHERE request_id = ? AND status = 'ACTIVE' AND via = 'CALLOUT'")
                        .param(request.id())
                        .query(UUID.class)
                        .single())
                .isEqualTo(first.volunteerId());
        assertThat(statusOf(id, second.volunteerId())).isEqualTo("STOOD_DOWN");
        assertThat(events.stream(CalloutStoodDown.class)
                        .filter(e -> e.volunteerId().equals(second.volunteerId())))
                .singleElement()
                .satisfies(e -> assertThat(e.filled()).isTrue());
        assertThat(ledger(first.volunteerId())).containsExactlyInAnyOrder("ASK", "YES");
        assertThat(ledger(second.volunteerId())).containsExactlyInAnyOrder("ASK", "STAND_DOWN");
        var notAsked = Set.of(anna, bengt, cilla).stream()
                .map(u -> volunteers.findByAccount(u.accountId()).orElseThrow().id())
                .filter(v -> !v.equals(first.volunteerId()) && !v.equals(second.volunteerId()))
                .toList();
        assertThat(notAsked)
                .singleElement()
                .satisfies(v -> assertThat(ledger(v)).isEmpty());

        // the coordinator's page: filled, who answered what, and no restart for a request someone has
        var coordinatorPage = Jsoup.parse(mvc.perform(get("/samordning/utskick/{id}", id)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .authentication(MyTasksAccessTests.as(TaskFixtures.coordinator()))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(coordinatorPage.select("#callout-status").text()).isEqualTo("Fyllt");
        assertThat(coordinatorPage.select("#callout-restart")).isEmpty();
        assertThat(coordinatorPage.select("#callout-closed-need").text()).startsWith("Behovet är inte öppet längre");

        // the stood-down volunteer clicks yes anyway: thanked, not assigned, and only once
        var late = Jsoup.parse(
                mvc.perform(post("/utskick/svar/{t}/ja", second.token()).with(csrf()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(late.select("h1").text()).isEqualTo("Tack – behovet är redan fyllt");
        mvc.perform(post("/utskick/svar/{t}/ja", second.token()).with(csrf())).andExpect(status().isOk());
        assertThat(ledger(second.volunteerId())).containsExactlyInAnyOrder("ASK", "STAND_DOWN", "LATE_REPLY");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assignment WHERE request_id = ?")
                        .param(request.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        // a second click on the accepted link changes nothing
        var again = Jsoup.parse(
                mvc.perform(post("/utskick/svar/{t}/ja", first.token()).with(csrf()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(again.select("h1").text()).isEqualTo("Du har redan svarat");
    }

    @Test
    void aNoSendsTheNextWaveAtOnceAndTheLimitIsThreeTimesThePeopleNeeded() throws Exception {
        var home = district("Nejholmen");
        var request = helpRequests.submit(TaskFixtures.shopping("Sten Nej", home), "test");
        for (var name : List.of("Dora", "Egon", "Frida", "Gösta", "Hedda")) {
            TaskFixtures.volunteer(jdbc, name + " Nej", home);
        }
        var id = start(request, Urgency.PLANNED);
        assertThat(asked(id)).as("PLANNED asks one at a time").hasSize(1);

        mvc.perform(post("/utskick/svar/{t}/nej", asked(id).get(0).token()).with(csrf()))
                .andExpect(status().isOk());
        assertThat(asked(id)).as("the no brought the next wave at once").hasSize(2);
        mvc.perform(post("/utskick/svar/{t}/nej", asked(id).get(1).token()).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(post("/utskick/svar/{t}/nej", asked(id).get(2).token()).with(csrf()))
                .andExpect(status().isOk());
        assertThat(asked(id)).as("never more than factor 3 x 1 person").hasSize(3);
        assertThat(callouts.runWave(id)).isZero();
        assertThat(calloutQueries.waves(id)).hasSize(3);

        assertThat(callouts.widen(id, false, 1, "test")).isEqualTo(1);
        assertThat(asked(id)).hasSize(4);
    }

    @Test
    void skipsVolunteersOverBudgetInQuietHoursOrPausedAndSaysWhy() {
        var home = district("Hänsynsholmen");
        var request = helpRequests.submit(TaskFixtures.shopping("Ulf Hänsyn", home), "test");
        var busy = id(TaskFixtures.volunteer(jdbc, "Ivar Upptagen", home));
        var quiet = id(TaskFixtures.volunteer(jdbc, "Jenny Tyst", home));
        var paused = id(TaskFixtures.volunteer(jdbc, "Klas Paus", home));
        var free = id(TaskFixtures.volunteer(jdbc, "Lova Ledig", home));
        // Ivar was called and given a task yesterday: his once-a-week budget is used
        jdbc.sql("""
				INSERT INTO contact_log (id, volunteer_id, happened_at, entry, channel, source, ref_id)
				VALUES (?, ?, ?, 'ASK', 'PHONE', 'DIRECT', ?)""")
                .params(UUID.randomUUID(), busy, Timestamp.from(clock.instant().minusSeconds(86400)), UUID.randomUUID())
                .update();
        var now = LocalTime.now(clock);
        jdbc.sql("UPDATE volunteer SET quiet_from = ?, quiet_to = ? WHERE id = ?")
                .params(now.minusHours(1), now.plusHours(1), quiet)
                .update();
        se.samverka.TestVolunteer.changed(jdbc);
        jdbc.sql("UPDATE volunteer SET paused_until = ? WHERE id = ?")
                .params(java.sql.Date.valueOf(request.date().plusDays(3)), paused)
                .update();
        se.samverka.TestVolunteer.changed(jdbc);

        var id = start(request, Urgency.URGENT);

        assertThat(asked(id)).extracting(CalloutAsked::volunteerId).containsExactly(free);
        var skipped = calloutQueries.skipped(id).stream()
                .collect(java.util.stream.Collectors.toMap(
                        s -> s.volunteerId(), s -> s.reason().name()));
        assertThat(skipped)
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(busy, "BUDGET_USED", quiet, "QUIET_HOURS", paused, "PAUSED"));
    }

    @Test
    void aCoordinatorAssigningDirectlyOrCancellingStandsTheCallOutDown() {
        var home = district("Direktholmen");
        var first = helpRequests.submit(TaskFixtures.shopping("Vera Direkt", home), "test");
        var second = helpRequests.submit(TaskFixtures.shopping("Walter Inställd", home), "test");
        var chosen = TaskFixtures.volunteer(jdbc, "Maja Vald", home);
        TaskFixtures.volunteer(jdbc, "Nils Frågad", home);
        TaskFixtures.volunteer(jdbc, "Olle Frågad", home);
        jdbc.sql("UPDATE volunteer SET ask_frequency = 'TWICE_A_MONTH' WHERE account_id = ?")
                .param(chosen.accountId())
                .update();
        se.samverka.TestVolunteer.changed(jdbc);

        var one = start(first, Urgency.SOON);
        var pending = asked(one).stream().map(CalloutAsked::volunteerId).toList();
        assignments.assign(
                helpRequests.find(first.id()).orElseThrow(),
                volunteers.findByAccount(chosen.accountId()).orElseThrow(),
                "DIRECT",
                "samordnare");
        assertThat(calloutQueries.find(one).orElseThrow().status()).isEqualTo(CalloutStatus.FILLED);
        assertThat(pending).allSatisfy(v -> assertThat(statusOf(one, v)).isEqualTo("STOOD_DOWN"));

        var two = start(second, Urgency.URGENT);
        assertThat(asked(two)).isNotEmpty();
        helpRequests.cancel(second.id(), "samordnare", "Dottern handlar", false);
        var stopped = calloutQueries.find(two).orElseThrow();
        assertThat(stopped.status()).isEqualTo(CalloutStatus.STOPPED);
        assertThat(stopped.endReason()).isEqualTo("CLOSED");
        assertThat(events.stream(CalloutStoodDown.class)
                        .filter(e -> asked(two).stream().anyMatch(a -> a.askId().equals(e.askId()))))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.filled()).isFalse());
        assertThatThrownBy(() -> callouts.widen(two, true, 1, "test")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyOneActiveCallOutPerRequestAndARestartAsksAgain() {
        var home = district("Omstartsholmen");
        var request = helpRequests.submit(TaskFixtures.shopping("Pia Omstart", home), "test");
        TaskFixtures.volunteer(jdbc, "Quinn Omstart", home);
        var id = start(request, Urgency.SOON);
        assertThatThrownBy(() -> start(request, Urgency.SOON)).isInstanceOf(Callouts.AlreadyActive.class);
        callouts.stop(id, "test");
        assertThat(calloutQueries.find(id).orElseThrow().status()).isEqualTo(CalloutStatus.STOPPED);
        var again = callouts.restart(id, "test");
        assertThat(again).isNotEqualTo(id);
        assertThat(calloutQueries.activeFor(SubjectType.HELP_REQUEST, request.id()))
                .get()
                .extracting(c -> c.id())
                .isEqualTo(again);

        helpRequests.cancel(request.id(), "test", "Löst på annat sätt", false);
        assertThat(calloutQueries.find(again).orElseThrow().status()).isEqualTo(CalloutStatus.STOPPED);
        assertThatThrownBy(() -> callouts.restart(again, "test"))
                .as("nobody is asked for a closed request")
                .isInstanceOf(Callouts.NotOpen.class);
    }

    @Test
    void whenTheTaskIsDoneEveryoneWhoSaidYesIsThankedOnce() throws Exception {
        var home = district("Tackholmen");
        var request = helpRequests.submit(TaskFixtures.shopping("Rolf Tack", home), "test");
        TaskFixtures.volunteer(jdbc, "Sara Tack", home);
        var id = start(request, Urgency.URGENT);
        var ask = asked(id).get(0);
        mvc.perform(post("/utskick/svar/{t}/ja", ask.token()).with(csrf())).andExpect(status().isOk());
        var assignment = jdbc.sql("SELECT id FROM assignment WHERE request_id = ? AND status = 'ACTIVE'")
                .param(request.id())
                .query(UUID.class)
                .single();
        var volunteer = volunteers.find(ask.volunteerId()).orElseThrow();
        assignments.complete(assignment, volunteer, "Allt gick bra", 45);

        assertThat(events.stream(VolunteerThanked.class)
                        .filter(e -> e.subjectId().equals(request.id())))
                .singleElement()
                .satisfies(e -> assertThat(e.volunteerId()).isEqualTo(volunteer.id()));
        assertThat(ledger(volunteer.id())).containsExactlyInAnyOrder("ASK", "YES", "THANKS");
        assertThat(calloutClosings.thankEveryone(SubjectType.HELP_REQUEST, request.id(), "x"))
                .isZero();
    }

    @Test
    void aVolunteerAnswersOnMinaUppdragAndSeesHowWeContactedThem() throws Exception {
        var home = district("Sidholmen");
        var request = helpRequests.submit(TaskFixtures.shopping("Tyra Sida", home), "test");
        var ulla = TaskFixtures.volunteer(jdbc, "Ulla Sida", home);
        var vide = TaskFixtures.volunteer(jdbc, "Vide Annan", home);
        var id = start(request, Urgency.PLANNED);
        var ask = asked(id).get(0);
        var asker = ask.volunteerId().equals(id(ulla)) ? ulla : vide;
        var other = asker == ulla ? vide : ulla;
        var me =
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .authentication(MyTasksAccessTests.as(asker));

        var page = Jsoup.parse(mvc.perform(get("/mina-sidor").with(me))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#ask-" + ask.askId()).text())
                .contains("Sidholmen")
                .contains("Ja, jag kan");
        assertThat(page.select("#contacts li").eachText())
                .singleElement()
                .asString()
                .contains("Tillfrågad (e-post)");

        // someone else cannot answer my ask
        mvc.perform(post("/mina-sidor/utskick/{a}/ja", ask.askId())
                        .with(csrf())
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .authentication(MyTasksAccessTests.as(other))))
                .andExpect(status().isNotFound());
        assertThat(statusOf(id, ask.volunteerId())).isEqualTo("PENDING");

        mvc.perform(post("/mina-sidor/utskick/{a}/nej", ask.askId())
                        .with(csrf())
                        .with(me))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flash", "callout.answered.DECLINED.title"));
        assertThat(statusOf(id, ask.volunteerId())).isEqualTo("DECLINED");
        var after = Jsoup.parse(mvc.perform(get("/mina-sidor").with(me).queryParam("lang", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(after.select("#ask-" + ask.askId())).isEmpty();
        assertThat(after.select("#contacts li").eachText())
                .anyMatch(t -> t.contains("Said no (e-mail)"))
                .anyMatch(t -> t.contains("Asked (e-mail)"));
    }

    @Test
    void theNextWaveIsAStoredJobThatGoesOutWhenItIsDue() {
        var home = district("Vågholmen");
        var request = helpRequests.submit(TaskFixtures.shopping("Åke Våg", home), "test");
        for (var name : List.of("Alva", "Bror", "Carl")) {
            TaskFixtures.volunteer(jdbc, name + " Våg", home);
        }
        var id = start(request, Urgency.PLANNED);
        var startedAt = calloutQueries.find(id).orElseThrow().startedAt();
        var planned = jdbc.sql(
                        "SELECT execution_time FROM scheduled_tasks WHERE task_name = 'callout-wave' AND task_instance = ?")
                .param(id + ":2")
                .query(Timestamp.class)
                .single()
                .toInstant();
        var fourHours = startedAt.plus(java.time.Duration.ofHours(4));
        assertThat(planned).as("PLANNED waits four hours").isBetween(fourHours, fourHours.plusSeconds(5));
        assertThat(countAsks(id)).isEqualTo(1);

        jdbc.sql("UPDATE scheduled_tasks SET execution_time = ? WHERE task_name = 'callout-wave' AND task_instance = ?")
                .params(Timestamp.from(java.time.Instant.now().minusSeconds(1)), id + ":2")
                .update();
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(countAsks(id)).isEqualTo(2));
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'callout-wave' AND task_instance = ?")
                        .param(id + ":3")
                        .query(Integer.class)
                        .single())
                .as("and plans the third")
                .isEqualTo(1);
    }

    @Test
    void withoutAnSmsProviderAVolunteerWhoChoseSmsIsAskedByEmailRatherThanNotAtAll() {
        var home = district("Smslösa holmen");
        var request = helpRequests.submit(TaskFixtures.shopping("Berit Sms", home), "test");
        var sms = id(TaskFixtures.volunteer(jdbc, "Cesar Sms", home));
        jdbc.sql("UPDATE volunteer SET contact_channel = 'SMS' WHERE id = ?")
                .param(sms)
                .update();
        se.samverka.TestVolunteer.changed(jdbc);
        var id = start(request, Urgency.URGENT);
        var ask = asked(id).get(0);
        assertThat(ask.channel().name()).isEqualTo("SMS");
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(
                                jdbc.sql("SELECT channel || ' ' || body FROM outbox_message WHERE dedupe_key = ?")
                                        .param("callout-asked:" + ask.askId())
                                        .query(String.class)
                                        .single())
                        .startsWith("EMAIL")
                        .contains("/utskick/svar/" + ask.token()));
    }

    private int countAsks(UUID calloutId) {
        return jdbc.sql("SELECT COUNT(*) FROM callout_ask WHERE callout_id = ?")
                .param(calloutId)
                .query(Integer.class)
                .single();
    }

    private UUID start(HelpRequest request, Urgency urgency) {
        var need = new Need(
                request.kind(),
                request.districtId(),
                request.date(),
                request.timeFrom(),
                request.timeTo(),
                request.language(),
                1);
        return callouts.start(new Callouts.Start(
                SubjectType.HELP_REQUEST, request.id(), "#" + request.number(), need, urgency, null, "samordnare"));
    }

    private List<CalloutAsked> asked(UUID calloutId) {
        return events.stream(CalloutAsked.class)
                .filter(e -> e.calloutId().equals(calloutId))
                .toList();
    }

    private String statusOf(UUID calloutId, UUID volunteerId) {
        return jdbc.sql("SELECT status FROM callout_ask WHERE callout_id = ? AND volunteer_id = ?")
                .params(calloutId, volunteerId)
                .query(String.class)
                .single();
    }

    private List<String> ledger(UUID volunteerId) {
        return jdbc.sql("SELECT entry FROM contact_log WHERE volunteer_id = ?")
                .param(volunteerId)
                .query(String.class)
                .list();
    }

    private UUID id(SamverkaUser user) {
        return volunteers.findByAccount(user.accountId()).orElseThrow().id();
    }

    private String district(String name) {
        return districts.save(null, name + " " + System.nanoTime(), 650000, 6580000, 990, Set.of());
    }
}
