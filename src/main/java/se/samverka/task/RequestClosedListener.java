package se.samverka.task;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.samverka.callout.CalloutClosings;
import se.samverka.callout.SubjectType;
import se.samverka.helprequest.HelpRequestClosed;
import se.samverka.helprequest.HelpRequests;
import se.samverka.volunteer.Volunteers;

/**
 * Runs in the transaction that closed the request, so the request and its assignment never disagree: the
 * active assignment ends, the call-out (hand-picked or not) stands down everyone still asked, and everyone
 * concerned is told (through events).
 */
@Component
class RequestClosedListener {

    private final AssignmentRepository assignments;
    private final HelpRequests helpRequests;
    private final Volunteers volunteers;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CalloutClosings calloutClosings;

    RequestClosedListener(
            AssignmentRepository assignments,
            HelpRequests helpRequests,
            Volunteers volunteers,
            ApplicationEventPublisher events,
            Clock clock,
            CalloutClosings calloutClosings) {
        this.calloutClosings = calloutClosings;
        this.assignments = assignments;
        this.helpRequests = helpRequests;
        this.volunteers = volunteers;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(HelpRequestClosed event) {
        var request = helpRequests.find(event.requestId()).orElseThrow();
        var now = clock.instant();
        calloutClosings.subjectClosed(SubjectType.HELP_REQUEST, event.requestId());
        assignments
                .activeFor(event.requestId())
                .filter(active -> assignments.finish(active.id(), "CANCELLED", now, null, null, null))
                .flatMap(active -> volunteers
                        .find(active.volunteerId())
                        .map(v -> new TaskCancelled(
                                active.id(),
                                v.id(),
                                v.email().value(),
                                v.locale(),
                                request.kind(),
                                request.date(),
                                request.timeFrom())))
                .ifPresent(events::publishEvent);
    }
}
