package se.samverka.meeting;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import se.samverka.organisation.Departments;
import se.samverka.organisation.Organisations;

/** Fills the organisers' page of one meeting, for showing it and for showing it again with a form's errors. */
@Component
class MeetingPage {

    private final Meetings meetings;
    private final Registrations registrations;
    private final Invitations invitations;
    private final FollowUps followUps;
    private final Organisations organisations;
    private final Departments departments;

    MeetingPage(
            Meetings meetings,
            Registrations registrations,
            Invitations invitations,
            FollowUps followUps,
            Organisations organisations,
            Departments departments) {
        this.meetings = meetings;
        this.registrations = registrations;
        this.invitations = invitations;
        this.followUps = followUps;
        this.organisations = organisations;
        this.departments = departments;
    }

    String show(Meeting meeting, Model model) {
        model.addAttribute("meeting", meeting);
        var all = registrations.of(meeting.id());
        model.addAttribute(
                "seated",
                all.stream()
                        .filter(r -> r.status() == Registration.Status.REGISTERED)
                        .toList());
        model.addAttribute(
                "waiting",
                all.stream()
                        .filter(r -> r.status() == Registration.Status.WAITING)
                        .toList());
        model.addAttribute("invited", invitations.invited(meeting.id()));
        model.addAttribute("decisions", followUps.decisions(meeting.id()));
        model.addAttribute("actions", followUps.of(meeting.id()));
        model.addAttribute("earlierActions", followUps.openBefore(meeting));
        model.addAttribute("started", meeting.started(meetings.now()));
        model.addAttribute("ownerOptions", owners());
        if (!model.containsAttribute("minutesForm")) {
            model.addAttribute("minutesForm", new MinutesForm(meeting.minutes()));
        }
        if (!model.containsAttribute("decisionForm")) {
            model.addAttribute("decisionForm", new DecisionForm(""));
        }
        if (!model.containsAttribute("actionForm")) {
            model.addAttribute("actionForm", ActionForm.empty());
        }
        return "meeting/detail";
    }

    /** Approved organisations first, then active departments. */
    private List<OwnerOption> owners() {
        var options = new ArrayList<OwnerOption>();
        organisations.approved().forEach(o -> options.add(new OwnerOption(ActionForm.ORGANISATION + o.id(), o.name())));
        departments.active().forEach(d -> options.add(new OwnerOption(ActionForm.DEPARTMENT + d.id(), d.name())));
        return options;
    }
}
