package se.samverka.task;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.helprequest.HelpRequest;
import se.samverka.helprequest.HelpRequests;
import se.samverka.volunteer.Volunteers;

/**
 * The tasks of one day in one district with the volunteer who has each, for the coordinators' run sheet. The
 * caller audits the read of the residents' details.
 */
@Service
@Transactional(readOnly = true)
public class DayTasks {

    private final HelpRequests helpRequests;
    private final AssignmentRepository assignments;
    private final Volunteers volunteers;

    DayTasks(HelpRequests helpRequests, AssignmentRepository assignments, Volunteers volunteers) {
        this.helpRequests = helpRequests;
        this.assignments = assignments;
        this.volunteers = volunteers;
    }

    /** One assigned task: the request as stored and the volunteer who goes. */
    public record DayTask(HelpRequest request, UUID volunteerId, String volunteerName, String volunteerPhone) {

        /** Whether the resident asked for a code word; the word itself is for the assigned volunteer only. */
        public boolean hasCodeWord() {
            return request.codeWord() != null && !request.codeWord().isBlank();
        }
    }

    /** The day's assigned tasks in the district, earliest first. */
    public List<DayTask> on(LocalDate date, String districtId) {
        return helpRequests.assignedOn(date, districtId).stream()
                .flatMap(r -> assignments.activeFor(r.id()).stream().map(a -> task(r, a.volunteerId())))
                .toList();
    }

    private DayTask task(HelpRequest request, UUID volunteerId) {
        var volunteer = volunteers.find(volunteerId);
        return new DayTask(
                request,
                volunteerId,
                volunteer.map(v -> v.name()).orElse("–"),
                volunteer.map(v -> v.phone() == null ? "" : v.phone().display()).orElse(""));
    }
}
