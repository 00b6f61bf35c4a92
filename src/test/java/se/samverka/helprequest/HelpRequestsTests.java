package se.samverka.helprequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverka.helprequest.HelpRequestFixtures.DISTRICT;
import static se.samverka.helprequest.HelpRequestFixtures.shopping;
import static se.samverka.helprequest.HelpRequestFixtures.weekly;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.samverka.IntegrationTest;

@IntegrationTest
@RecordApplicationEvents
class HelpRequestsTests {

    @Autowired
    ApplicationEvents events;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Test
    void webRequestsStartNewAndPhoneRequestsStartOpen() {
        assertThat(helpRequests
                        .submit(shopping(DISTRICT, today(), Channel.WEB), "web")
                        .status())
                .isEqualTo(HelpRequestStatus.NEW);
        assertThat(helpRequests
                        .submit(shopping(DISTRICT, today(), Channel.PHONE), "sara")
                        .status())
                .isEqualTo(HelpRequestStatus.OPEN);
    }

    @Test
    void weeklyRequestDoneCreatesTheNextOccurrenceOneWeekLater() {
        var first = helpRequests.submit(weekly(DISTRICT, today().plusDays(1)), "sara");
        helpRequests.markAssigned(first.id(), "task", "volunteer");
        helpRequests.markDone(first.id(), "vera", "handlat");

        var series = series(first.seriesId());
        assertThat(series).hasSize(2);
        var next = series.get(1);
        assertThat(next.date()).isEqualTo(first.date().plusWeeks(1));
        assertThat(next.status()).isEqualTo(HelpRequestStatus.OPEN);
        assertThat(next.codeWord()).isEqualTo(first.codeWord());
        assertThat(next.number()).isNotEqualTo(first.number());
        assertThat(helpRequests.history(next.id())).singleElement().satisfies(h -> {
            assertThat(h.action()).isEqualTo("NEXT_OCCURRENCE");
            assertThat(h.detail()).isEqualTo("#" + first.number());
        });
    }

    @Test
    void cancellingOneWeekKeepsTheSeriesGoing() {
        var first = helpRequests.submit(weekly(DISTRICT, today().plusDays(2)), "sara");
        helpRequests.cancel(first.id(), "sara", "bortrest", false);
        assertThat(series(first.seriesId()))
                .extracting(HelpRequest::status)
                .containsExactly(HelpRequestStatus.CANCELLED, HelpRequestStatus.OPEN);
        assertThat(helpRequests.history(first.id()))
                .last()
                .satisfies(h -> assertThat(h.action()).isEqualTo("CANCELLED"));
    }

    @Test
    void endingTheSeriesCreatesNoNextOccurrence() {
        var first = helpRequests.submit(weekly(DISTRICT, today().plusDays(3)), "sara");
        helpRequests.cancel(first.id(), "sara", "flyttar", true);
        assertThat(series(first.seriesId()))
                .singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(HelpRequestStatus.CANCELLED));
        assertThat(helpRequests.history(first.id()))
                .last()
                .satisfies(h -> assertThat(h.action()).isEqualTo("CANCELLED_SERIES"));
    }

    @Test
    void notHelpedWeeklyRequestAlsoContinuesNextWeek() {
        var first = helpRequests.submit(weekly(DISTRICT, today().plusDays(4)), "sara");
        helpRequests.markNotHelped(first.id(), "sara", "ingen volontär");
        assertThat(series(first.seriesId()))
                .extracting(HelpRequest::status)
                .containsExactly(HelpRequestStatus.NOT_HELPED, HelpRequestStatus.OPEN);
        assertThat(helpRequests.find(first.id()).orElseThrow().notHelpedReason())
                .isEqualTo("ingen volontär");
    }

    @Test
    void oneOffRequestHasNoNextOccurrence() {
        var request = helpRequests.submit(shopping(DISTRICT, today(), Channel.PHONE), "sara");
        helpRequests.markAssigned(request.id(), "task", null);
        helpRequests.markDone(request.id(), "vera", null);
        assertThat(series(request.seriesId())).hasSize(1);
    }

    @Test
    void closingARequestEarlyTellsWhoeverOfferedOrTookIt() {
        var assigned = helpRequests.submit(shopping(DISTRICT, today(), Channel.PHONE), "sara");
        helpRequests.markAssigned(assigned.id(), "task", null);
        helpRequests.cancel(assigned.id(), "sara", "inte längre", false);
        var open = helpRequests.submit(shopping(DISTRICT, today(), Channel.PHONE), "sara");
        helpRequests.markNotHelped(open.id(), "sara", "ingen kunde");

        assertThat(events.stream(HelpRequestClosed.class))
                .containsExactly(
                        new HelpRequestClosed(
                                assigned.id(),
                                assigned.number(),
                                HelpRequestStatus.CANCELLED,
                                HelpRequestStatus.ASSIGNED),
                        new HelpRequestClosed(
                                open.id(), open.number(), HelpRequestStatus.NOT_HELPED, HelpRequestStatus.OPEN));
    }

    @Test
    void aSecondChangeFromTheSameStatusFails() {
        var request = helpRequests.submit(shopping(DISTRICT, today(), Channel.WEB), "web");
        helpRequests.open(request.id(), "sara");
        assertThatThrownBy(() -> helpRequests.open(request.id(), "olle")).isInstanceOf(IllegalStatusChange.class);
        assertThat(helpRequests.history(request.id()))
                .extracting(HistoryEntry::action)
                .containsExactly("SUBMITTED", "OPENED");
    }

    private List<HelpRequest> series(UUID seriesId) {
        return jdbc.sql("SELECT " + HelpRequestRepository.COLUMNS
                        + " FROM help_request WHERE series_id = ? ORDER BY requested_date")
                .param(seriesId)
                .query(HelpRequestRepository::map)
                .list();
    }
}
