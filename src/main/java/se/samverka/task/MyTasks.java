package se.samverka.task;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.callout.ContactBudgets;
import se.samverka.helprequest.HelpRequest;
import se.samverka.helprequest.HelpRequests;
import se.samverka.volunteer.VolunteerProfile;

/** What a volunteer sees of their own tasks (the asks they may answer are the call-outs'). Resident details only for their active tasks. */
@Service
@Transactional(readOnly = true)
class MyTasks {

    static final int DONE_SHOWN = 20;

    private final AssignmentRepository assignments;
    private final HelpRequests helpRequests;
    private final Assignments assignmentService;
    private final se.samverka.volunteer.Volunteers volunteers;
    private final ContactHistoryQuery contactHistory;
    private final java.time.Clock clock;
    private final ContactBudgets budgets;

    MyTasks(
            AssignmentRepository assignments,
            HelpRequests helpRequests,
            Assignments assignmentService,
            se.samverka.volunteer.Volunteers volunteers,
            ContactHistoryQuery contactHistory,
            ContactBudgets budgets,
            java.time.Clock clock) {
        this.budgets = budgets;
        this.volunteers = volunteers;
        this.contactHistory = contactHistory;
        this.clock = clock;
        this.assignments = assignments;
        this.helpRequests = helpRequests;
        this.assignmentService = assignmentService;
    }

    /** Active tasks, with the resident's name, address, phone and code word. */
    List<TaskView> active(VolunteerProfile me) {
        return assignments.forVolunteer(me.id(), "ACTIVE", 100).stream()
                .flatMap(a -> helpRequests.find(a.requestId()).stream()
                        .map(r -> new TaskView(a, r, assignmentService.districtName(r))))
                .toList();
    }

    /** Finished tasks: what and when only; the resident's details are no longer shown. */
    List<DoneView> done(VolunteerProfile me) {
        return assignments.forVolunteer(me.id(), "DONE", DONE_SHOWN).stream()
                .flatMap(a -> helpRequests.find(a.requestId()).stream()
                        .map(r -> new DoneView(a, r.kind(), r.date(), assignmentService.districtName(r))))
                .toList();
    }

    /**
     * The honest picture for the start page: how much need there is in the volunteer's districts, how many
     * others are ready there, whether they are paused and how often we have asked them lately.
     */
    Situation situation(VolunteerProfile me) {
        var today = java.time.LocalDate.now(clock);
        var allowance = budgets.now();
        var history = contactHistory
                .forVolunteers(
                        java.util.List.of(me.id()), null, clock.instant(), id -> allowance.window(me.askFrequency()))
                .get(me.id());
        return new Situation(
                helpRequests.countWaitingIn(me.districtIds()),
                volunteers.countIn(me.districtIds()),
                me.isPausedOn(today) ? me.pausedUntil() : null,
                history.asksInWindow(),
                allowance.maxAsks(me.askFrequency()),
                me.askFrequency().messageKey(),
                allowance.maxAsks(me.askFrequency()) > me.askFrequency().maxAsks());
    }

    record Situation(
            int waiting,
            int volunteersThere,
            java.time.LocalDate pausedUntil,
            int asksInWindow,
            int maxAsks,
            String frequencyKey,
            boolean raisedInCrisis) {}

    record TaskView(Assignment assignment, HelpRequest request, String districtName) {}

    record DoneView(
            Assignment assignment, se.samverka.shared.HelpKind kind, java.time.LocalDate date, String districtName) {}
}
