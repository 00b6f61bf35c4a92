package se.samverka.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.IntegrationTest;
import se.samverka.TestVolunteer;
import se.samverka.callout.CalloutQueries;
import se.samverka.callout.Callouts;
import se.samverka.callout.Need;
import se.samverka.callout.SubjectType;
import se.samverka.callout.Urgency;
import se.samverka.district.Districts;
import se.samverka.helprequest.HelpRequests;
import se.samverka.volunteer.Volunteers;

/**
 * A wave near many volunteers who may not be asked counts each under its reason, and lists each when the coordinator
 * asks to see them, however many there are.
 */
@IntegrationTest
class CalloutManySkipsTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    Districts districts;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    Callouts callouts;

    @Autowired
    CalloutQueries calloutQueries;

    @Autowired
    Volunteers volunteers;

    @Test
    void everyPausedVolunteerIsListedWithTheReasonAcrossSeveralStatements() {
        var home = districts.save(null, "Mångaholmen " + System.nanoTime(), 650000, 6580000, 990, Set.of());
        var request = helpRequests.submit(TaskFixtures.shopping("Mona Många", home), "test");
        var free = volunteers
                .findByAccount(TaskFixtures.volunteer(jdbc, "Fri Frida", home).accountId())
                .orElseThrow()
                .id();
        // one batch per table: 1,203 volunteers one by one cost some 8,400 round trips (docs/performance.md)
        var pausedVolunteers = new ArrayList<TestVolunteer>();
        for (int i = 0; i < 1203; i++) {
            pausedVolunteers.add(TestVolunteer.named("Paus " + i).in(home));
        }
        var paused = TestVolunteer.insertAll(jdbcTemplate, pausedVolunteers).stream()
                .map(TestVolunteer.Created::id)
                .collect(Collectors.toSet());
        jdbc.sql("""
				UPDATE volunteer SET paused_until = ?
				WHERE id IN (SELECT volunteer_id FROM volunteer_district WHERE district_id = ?) AND id <> ?""")
                .params(java.sql.Date.valueOf(request.date().plusDays(3)), home, free)
                .update();
        se.samverka.TestVolunteer.changed(jdbc);
        var need = new Need(
                request.kind(),
                request.districtId(),
                request.date(),
                request.timeFrom(),
                request.timeTo(),
                request.language(),
                1);

        var id = callouts.start(new Callouts.Start(
                SubjectType.HELP_REQUEST,
                request.id(),
                "#" + request.number(),
                need,
                Urgency.PLANNED,
                null,
                "samordnare"));

        assertThat(calloutQueries.asks(id)).extracting(a -> a.volunteerId()).containsExactly(free);
        var skipped = calloutQueries.skipped(id);
        assertThat(skipped)
                .hasSize(1203)
                .allSatisfy(s -> assertThat(s.reason().name()).isEqualTo("PAUSED"));
        assertThat(skipped).extracting(s -> s.volunteerId()).containsExactlyInAnyOrderElementsOf(paused);
        assertThat(calloutQueries.waves(id))
                .singleElement()
                .satisfies(w -> assertThat(w.skippedOther()).isEqualTo(1203));
    }
}
