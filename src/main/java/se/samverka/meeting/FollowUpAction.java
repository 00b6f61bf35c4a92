package se.samverka.meeting;

import java.time.LocalDate;
import java.util.UUID;

/** A follow-up action from a meeting, owned by one organisation or one department, open until done. */
public record FollowUpAction(
        UUID id,
        UUID meetingId,
        String meetingTitle,
        LocalDate meetingDate,
        String description,
        UUID ownerOrganisationId,
        String ownerDepartmentId,
        String ownerName,
        LocalDate dueOn,
        boolean done) {

    public String statusKey() {
        return done ? "meeting.action.status.DONE" : "meeting.action.status.OPEN";
    }
}
