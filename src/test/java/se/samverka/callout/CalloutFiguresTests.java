package se.samverka.callout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.IntegrationTest;
import se.samverka.TestVolunteer;
import se.samverka.district.Districts;

/** The dashboard's call-out figures equal what the test works out itself from the rows it wrote. */
@IntegrationTest
class CalloutFiguresTests {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Autowired
    CalloutFigures figures;

    @Autowired
    ContactLedger ledger;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Districts districts;

    String district() {
        return districts.save(
                null, "Figurön " + UUID.randomUUID().toString().substring(0, 8), 657000, 6575000, 900, Set.of());
    }

    UUID volunteer(String district) {
        return TestVolunteer.named("Figur Volontär").in(district).insert(jdbc).id();
    }

    @Test
    void countsActiveNeedsAndOpenPlacesPerUrgency() {
        var before = figures.openByUrgency();
        var home = district();
        var day = LocalDate.of(2039, 5, 2);
        var start = Instant.parse("2039-05-01T08:00:00Z");
        CalloutFigureFixtures.callout(jdbc, home, day, Urgency.URGENT, 3, 1, "ACTIVE", start);
        CalloutFigureFixtures.callout(jdbc, home, day, Urgency.URGENT, 2, 0, "ACTIVE", start);
        CalloutFigureFixtures.callout(jdbc, home, day, Urgency.PLANNED, 5, 4, "ACTIVE", start);
        CalloutFigureFixtures.callout(jdbc, home, day, Urgency.SOON, 4, 4, "FILLED", start);
        CalloutFigureFixtures.callout(jdbc, home, day, Urgency.SOON, 4, 1, "STOPPED", start);

        var after = figures.openByUrgency();

        assertThat(after).containsOnlyKeys(Urgency.values());
        assertThat(after.get(Urgency.URGENT).needs()
                        - before.get(Urgency.URGENT).needs())
                .isEqualTo(2);
        assertThat(after.get(Urgency.URGENT).placesOpen()
                        - before.get(Urgency.URGENT).placesOpen())
                .isEqualTo((3 - 1) + (2 - 0));
        assertThat(after.get(Urgency.PLANNED).needs()
                        - before.get(Urgency.PLANNED).needs())
                .isEqualTo(1);
        assertThat(after.get(Urgency.PLANNED).placesOpen()
                        - before.get(Urgency.PLANNED).placesOpen())
                .isEqualTo(1);
        assertThat(after.get(Urgency.SOON)).isEqualTo(before.get(Urgency.SOON));

        jdbc.sql("""
				UPDATE callout SET status = 'STOPPED', active_subject = NULL, ended_at = CURRENT_TIMESTAMP,
				  end_reason = 'STOPPED' WHERE district_id = ? AND status = 'ACTIVE'""").param(home).update();
        assertThat(figures.openByUrgency()).isEqualTo(before);
    }

    @Test
    void fillPerDayAddsUpEveryCalloutOfTheDayStoppedOnesIncluded() {
        var home = district();
        var monday = LocalDate.of(2040, 1, 2);
        var start = Instant.parse("2039-12-20T08:00:00Z");
        int[][] perDay = {{3, 2}, {0, 0}, {5, 5}, {0, 0}, {4, 1}, {0, 0}, {2, 0}};
        CalloutFigureFixtures.callout(jdbc, home, monday, Urgency.SOON, 1, 1, "FILLED", start);
        CalloutFigureFixtures.callout(jdbc, home, monday, Urgency.SOON, 2, 1, "STOPPED", start);
        CalloutFigureFixtures.callout(jdbc, home, monday.plusDays(2), Urgency.PLANNED, 5, 5, "FILLED", start);
        CalloutFigureFixtures.callout(jdbc, home, monday.plusDays(4), Urgency.URGENT, 4, 1, "ACTIVE", start);
        CalloutFigureFixtures.callout(jdbc, home, monday.plusDays(6), Urgency.URGENT, 2, 0, "ACTIVE", start);
        // the day before and after the week do not count
        CalloutFigureFixtures.callout(jdbc, home, monday.minusDays(1), Urgency.SOON, 9, 9, "FILLED", start);
        CalloutFigureFixtures.callout(jdbc, home, monday.plusDays(7), Urgency.SOON, 9, 0, "ACTIVE", start);

        var days = figures.fillByDay(monday, monday.plusDays(6));

        assertThat(days).hasSize(7);
        for (int i = 0; i < 7; i++) {
            var fill = days.get(monday.plusDays(i));
            assertThat(fill.asked()).as("asked on day %d", i).isEqualTo(perDay[i][0]);
            assertThat(fill.filled()).as("filled on day %d", i).isEqualTo(perDay[i][1]);
        }
        assertThat(days.get(monday).percent()).isEqualTo(67);
        assertThat(days.get(monday.plusDays(1)).percent()).isNull();
    }

    @Test
    void timeToFillIsTheMedianAndNinetiethPercentileOfTheWeeksYeses() {
        var home = district();
        var weekStart = LocalDate.of(2040, 2, 6).atStartOfDay(STOCKHOLM).toInstant();
        var weekEnd = weekStart.plus(Duration.ofDays(7));
        var minutes = List.of(5, 90, 30, 240, 15, 60, 600, 45, 20, 1000, 10);
        var seen = new ArrayList<Long>();
        for (int i = 0; i < minutes.size(); i++) {
            var start = weekStart.plus(Duration.ofHours(2 + i));
            var callout = CalloutFigureFixtures.callout(
                    jdbc, home, LocalDate.of(2040, 2, 8), Urgency.SOON, 2, 1, "ACTIVE", start);
            var yes = start.plus(Duration.ofMinutes(minutes.get(i)));
            CalloutFigureFixtures.ask(jdbc, callout, volunteer(home), "ACCEPTED", start, yes);
            CalloutFigureFixtures.ask(jdbc, callout, volunteer(home), "DECLINED", start, yes.plusSeconds(5));
            seen.add(minutes.get(i) * 60L);
        }
        // a yes the week before, though its call-out is in the week, does not count
        var early = CalloutFigureFixtures.callout(
                jdbc, home, LocalDate.of(2040, 2, 8), Urgency.SOON, 1, 1, "FILLED", weekStart.minusSeconds(7200));
        CalloutFigureFixtures.ask(jdbc, early, volunteer(home), "ACCEPTED", weekStart, weekStart.minusSeconds(60));

        var time = figures.timeToFill(weekStart, weekEnd);

        seen.sort(null);
        assertThat(time.filled()).isEqualTo(minutes.size());
        // nearest rank: the smallest value at least that share of values do not exceed
        assertThat(time.median().toSeconds()).isEqualTo(seen.get((int) Math.ceil(0.5 * seen.size()) - 1));
        assertThat(time.p90().toSeconds()).isEqualTo(seen.get((int) Math.ceil(0.9 * seen.size()) - 1));
        assertThat(time.median()).isEqualTo(Duration.ofMinutes(45));
        assertThat(time.p90()).isEqualTo(Duration.ofMinutes(600));
    }

    @Test
    void noYesesGiveNoTimes() {
        var from = Instant.parse("2044-03-07T00:00:00Z");
        var time = figures.timeToFill(from, from.plus(Duration.ofDays(7)));
        assertThat(time.filled()).isZero();
        assertThat(time.median()).isNull();
        assertThat(time.p90()).isNull();
    }

    @Test
    void engagedAreThoseWhoSaidYesToANeedOfTheWeek() {
        var home = district();
        var monday = LocalDate.of(2040, 3, 5);
        var start = Instant.parse("2040-03-01T08:00:00Z");
        var inWeek = CalloutFigureFixtures.callout(jdbc, home, monday.plusDays(3), Urgency.SOON, 3, 1, "ACTIVE", start);
        var later = CalloutFigureFixtures.callout(jdbc, home, monday.plusDays(9), Urgency.SOON, 3, 1, "ACTIVE", start);
        var yes = volunteer(home);
        var no = volunteer(home);
        var pending = volunteer(home);
        var nextWeek = volunteer(home);
        CalloutFigureFixtures.ask(jdbc, inWeek, yes, "ACCEPTED", start, start.plusSeconds(60));
        CalloutFigureFixtures.ask(jdbc, inWeek, no, "DECLINED", start, start.plusSeconds(60));
        CalloutFigureFixtures.ask(jdbc, inWeek, pending, "PENDING", start, null);
        CalloutFigureFixtures.ask(jdbc, later, nextWeek, "ACCEPTED", start, start.plusSeconds(60));

        var engaged = figures.engaged(monday, monday.plusDays(6));

        assertThat(engaged).contains(yes).doesNotContain(no, pending, nextWeek);
    }

    @Test
    void askedAtLeastCountsTheLedgersAsksWithinTheWindow() {
        var home = district();
        var since = Instant.parse("2041-06-01T00:00:00Z");
        var twice = volunteer(home);
        var once = volunteer(home);
        var before = volunteer(home);
        CalloutFigureFixtures.contacted(jdbc, twice, since.plusSeconds(10));
        CalloutFigureFixtures.contacted(jdbc, twice, since.plusSeconds(20));
        CalloutFigureFixtures.contacted(jdbc, once, since.plusSeconds(10));
        CalloutFigureFixtures.contacted(jdbc, before, since.minusSeconds(10));

        assertThat(ledger.askedAtLeast(2, since)).contains(twice).doesNotContain(once, before);
        assertThat(ledger.askedAtLeast(1, since)).contains(twice, once).doesNotContain(before);
    }
}
