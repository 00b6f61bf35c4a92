package se.samverka.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.Settled;
import se.samverka.callout.CalloutAsked;
import se.samverka.callout.Callouts;
import se.samverka.callout.Need;
import se.samverka.callout.SubjectType;
import se.samverka.callout.Urgency;
import se.samverka.district.Districts;
import se.samverka.helprequest.HelpRequest;
import se.samverka.helprequest.HelpRequests;

/** A yes that comes too late gets one e-mail in all, never a stand-down and a thank-you for the same ask. */
@IntegrationTest
@RecordApplicationEvents
class LateYesTests {

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
    ApplicationEvents events;

    @Test
    void aYesAfterTheStandDownIsAnsweredOnThePageWithoutASecondEmail() throws Exception {
        var home = district("Sentsvar");
        var request = helpRequests.submit(TaskFixtures.shopping("Rut Sent", home), "test");
        TaskFixtures.volunteer(jdbc, "Anna Snabb", home);
        TaskFixtures.volunteer(jdbc, "Bengt Sen", home);
        var since = Settled.now();
        var asked = asked(start(request));
        assertThat(asked).hasSize(2);
        yes(asked.get(0));
        Settled.since(jdbc, since);
        var late = asked.get(1);
        assertThat(mailKeys(late.email()))
                .containsExactlyInAnyOrder("callout-asked:" + late.askId(), "callout-stood-down:" + late.askId());

        var after = Settled.now();
        yes(late);
        Settled.since(jdbc, after);
        assertThat(mailKeys(late.email()))
                .as("the stand-down was the one e-mail; the answer page thanks them")
                .containsExactlyInAnyOrder("callout-asked:" + late.askId(), "callout-stood-down:" + late.askId());
    }

    @Test
    void aYesJustAsTheNeedFilledElsewhereGetsTheThanksAndNoStandDown() throws Exception {
        var home = district("Samtidigt");
        var request = helpRequests.submit(TaskFixtures.shopping("Rut Samtidig", home), "test");
        TaskFixtures.volunteer(jdbc, "Cilla Samtidig", home);
        TaskFixtures.volunteer(jdbc, "David Samtidig", home);
        var since = Settled.now();
        var asked = asked(start(request));
        // someone else took the task by phone while the call-out still ran
        var other = TaskFixtures.volunteer(jdbc, "Erik Telefon", home);
        jdbc.sql("""
				INSERT INTO assignment (id, request_id, volunteer_id, status, active_request_id, via, assigned_at)
				VALUES (?, ?, (SELECT id FROM volunteer WHERE account_id = ?), 'ACTIVE', ?, 'DIRECT', ?)""")
                .params(UUID.randomUUID(), request.id(), other.accountId(), request.id(), Timestamp.from(Instant.now()))
                .update();

        var answering = asked.get(0);
        yes(answering);
        Settled.since(jdbc, since);
        assertThat(mailKeys(answering.email()))
                .as("one e-mail for the late yes: the thanks, not also the stand-down")
                .containsExactlyInAnyOrder(
                        "callout-asked:" + answering.askId(), "callout-answered:" + answering.askId() + ":NOT_NEEDED");
        var bystander = asked.get(1);
        assertThat(mailKeys(bystander.email()))
                .containsExactlyInAnyOrder(
                        "callout-asked:" + bystander.askId(), "callout-stood-down:" + bystander.askId());
    }

    private void yes(CalloutAsked ask) throws Exception {
        mvc.perform(post("/utskick/svar/{t}/ja", ask.token()).with(csrf())).andExpect(status().isOk());
    }

    private List<String> mailKeys(String email) {
        return jdbc.sql("SELECT dedupe_key FROM outbox_message WHERE recipient = ?")
                .param(email)
                .query(String.class)
                .list();
    }

    private UUID start(HelpRequest request) {
        var need = new Need(
                request.kind(),
                request.districtId(),
                request.date(),
                request.timeFrom(),
                request.timeTo(),
                request.language(),
                1);
        return callouts.start(new Callouts.Start(
                SubjectType.HELP_REQUEST,
                request.id(),
                "#" + request.number(),
                need,
                Urgency.SOON,
                null,
                "samordnare"));
    }

    private List<CalloutAsked> asked(UUID calloutId) {
        return events.stream(CalloutAsked.class)
                .filter(e -> e.calloutId().equals(calloutId))
                .toList();
    }

    private String district(String name) {
        return districts.save(null, name + " " + System.nanoTime(), 650000, 6580000, 990, Set.of());
    }
}
