package se.samverka.task;

import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.helprequest.HelpRequests;
import se.samverka.volunteer.Volunteers;

/**
 * The monthly letter to volunteers in reserve who asked for it, so that nobody who signed up is left wondering
 * whether they are still needed. Those asked during the last month are skipped: they know.
 */
@Component
class Digests {

    static final Duration QUIET_PERIOD = Duration.ofDays(30);

    private final Volunteers volunteers;
    private final HelpRequests helpRequests;
    private final ContactHistoryQuery contactHistory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Digests(
            Volunteers volunteers,
            HelpRequests helpRequests,
            ContactHistoryQuery contactHistory,
            ApplicationEventPublisher events,
            Clock clock) {
        this.volunteers = volunteers;
        this.helpRequests = helpRequests;
        this.contactHistory = contactHistory;
        this.events = events;
        this.clock = clock;
    }

    /** Returns how many letters were queued; running it twice in a month sends nothing twice (outbox key). */
    @Transactional
    int sendMonthly() {
        var period = YearMonth.now(clock).toString();
        var readers = volunteers.digestReaders();
        var history = contactHistory.forVolunteers(
                readers.stream().map(v -> v.id()).toList(), null, clock.instant(), id -> QUIET_PERIOD);
        var sent = 0;
        for (var reader : readers) {
            if (history.get(reader.id()).asksInWindow() > 0) {
                continue;
            }
            events.publishEvent(new DigestDue(
                    reader.id(),
                    reader.email().value(),
                    reader.locale(),
                    period,
                    helpRequests.countWaitingIn(reader.districtIds()),
                    volunteers.countIn(reader.districtIds())));
            sent++;
        }
        return sent;
    }
}
