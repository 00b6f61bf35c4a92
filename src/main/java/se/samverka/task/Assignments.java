package se.samverka.task;

import java.time.Clock;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.callout.CalloutClosings;
import se.samverka.callout.ContactEntry;
import se.samverka.callout.ContactLedger;
import se.samverka.callout.ContactSource;
import se.samverka.callout.SubjectType;
import se.samverka.district.District;
import se.samverka.district.Districts;
import se.samverka.helprequest.HelpRequest;
import se.samverka.helprequest.HelpRequests;
import se.samverka.helprequest.IllegalStatusChange;
import se.samverka.shared.NotFoundException;
import se.samverka.volunteer.VolunteerProfile;

/** Gives a task to a volunteer and lets the volunteer finish it or hand it back. */
@Service
class Assignments {

    private final HelpRequests helpRequests;
    private final Districts districts;
    private final AssignmentRepository assignments;
    private final ApplicationEventPublisher events;
    private final org.springframework.beans.factory.ObjectProvider<Reminders> reminders;
    private final Clock clock;
    private final CalloutClosings calloutClosings;
    private final ContactLedger ledger;
    private final se.samverka.safeguarding.Safeguarding safeguarding;

    static final String VIA_CALLOUT = "CALLOUT";
    static final String VIA_DIRECT = "DIRECT";

    Assignments(
            HelpRequests helpRequests,
            Districts districts,
            AssignmentRepository assignments,
            ApplicationEventPublisher events,
            org.springframework.beans.factory.ObjectProvider<Reminders> reminders,
            Clock clock,
            CalloutClosings calloutClosings,
            ContactLedger ledger,
            se.samverka.safeguarding.Safeguarding safeguarding) {
        this.safeguarding = safeguarding;
        this.calloutClosings = calloutClosings;
        this.ledger = ledger;
        this.reminders = reminders;
        this.helpRequests = helpRequests;
        this.districts = districts;
        this.assignments = assignments;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Makes the volunteer the request's one active assignee. Throws IllegalStatusChange, or DuplicateKeyException
     * from the database's unique key, when someone else was quicker; the caller's transaction must then roll back.
     */
    @Transactional
    UUID assign(HelpRequest request, VolunteerProfile volunteer, String via, String actor) {
        // the last guard on every way to a task (direct, offer, call-out): a suspended volunteer gets none
        if (safeguarding.levelOf(volunteer.id(), clock.instant()) == se.samverka.safeguarding.Safeguarding.SUSPENDED) {
            throw new IllegalStatusChange("The volunteer is suspended");
        }
        if (!VIA_CALLOUT.equals(via)) {
            // filled without the call-out: everyone it asked is told they are not needed. First, before the
            // request row: the call-out's own answers lock the call-out, then the request, and so do we.
            calloutClosings.subjectFilled(SubjectType.HELP_REQUEST, request.id());
        }
        helpRequests.markAssigned(request.id(), actor, volunteer.name());
        var id = UUID.randomUUID();
        var now = clock.instant();
        assignments.insertActive(id, request.id(), volunteer.id(), via, now);
        if (VIA_DIRECT.equals(via)) {
            // a coordinator called the volunteer: that is an ask, and it counts against their budget; asks are
            // written under the asking lock, so that the call-out's index reads each one once
            ledger.lockForAsking();
            ledger.record(volunteer.id(), ContactEntry.ASK, "PHONE", ContactSource.DIRECT, id, now);
        }
        reminders.getObject().plan(id, request);
        events.publishEvent(new TaskAssigned(
                id,
                request.id(),
                request.number(),
                volunteer.id(),
                volunteer.email().value(),
                volunteer.locale(),
                request.kind(),
                districtName(request),
                request.date(),
                request.timeFrom(),
                request.timeTo()));
        return id;
    }

    @Transactional
    void complete(UUID assignmentId, VolunteerProfile volunteer, String note, Integer minutes) {
        var assignment = ownActive(assignmentId, volunteer);
        if (!assignments.finish(assignmentId, "DONE", clock.instant(), note, minutes, null)) {
            throw new NotFoundException("Assignment");
        }
        helpRequests.markDone(assignment.requestId(), volunteer.name(), note);
        events.publishEvent(new TaskCompleted(assignmentId, assignment.requestId(), volunteer.id()));
        var request = helpRequests.find(assignment.requestId()).orElseThrow();
        calloutClosings.thankEveryone(SubjectType.HELP_REQUEST, request.id(), districtName(request));
    }

    @Transactional
    void handBack(UUID assignmentId, VolunteerProfile volunteer, String reason) {
        var assignment = ownActive(assignmentId, volunteer);
        if (!assignments.finish(assignmentId, "RETURNED", clock.instant(), null, null, reason)) {
            throw new NotFoundException("Assignment");
        }
        helpRequests.returnToQueue(assignment.requestId(), volunteer.name(), reason);
        var number = helpRequests
                .find(assignment.requestId())
                .map(HelpRequest::number)
                .orElse(0L);
        events.publishEvent(new TaskHandedBack(assignmentId, assignment.requestId(), number, volunteer.name(), reason));
    }

    /** A volunteer's own active task, or 404: nobody learns whether another volunteer's task exists. */
    private Assignment ownActive(UUID assignmentId, VolunteerProfile volunteer) {
        return assignments
                .find(assignmentId)
                .filter(a -> a.volunteerId().equals(volunteer.id()) && a.isActive())
                .orElseThrow(() -> new NotFoundException("Assignment"));
    }

    String districtName(HelpRequest request) {
        return districts.find(request.districtId()).map(District::name).orElse(request.districtId());
    }
}
