package se.samverka.runsheet;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.effort.Effort;
import se.samverka.effort.Efforts;
import se.samverka.effort.Shift;
import se.samverka.effort.Signup;
import se.samverka.effort.SignupStatus;
import se.samverka.shared.PersonRef;
import se.samverka.task.DayTasks;

/**
 * What the run sheet shows for a day and a district: the assigned tasks (with the resident's address and phone, as
 * the request page shows them to coordinators; the code word only as "there is one") and the shifts with who is
 * confirmed on each. Reading the residents' details is audited like the request page.
 */
@Service
class RunSheet {

    /** The purpose of the read, the same as the request page's. */
    static final String PURPOSE = "help-request.handling";

    private final DayTasks tasks;
    private final Efforts efforts;
    private final AuditLog audit;

    RunSheet(DayTasks tasks, Efforts efforts, AuditLog audit) {
        this.tasks = tasks;
        this.efforts = efforts;
        this.audit = audit;
    }

    record Day(List<DayTasks.DayTask> tasks, List<ShiftRow> shifts) {

        public boolean isEmpty() {
            return tasks.isEmpty() && shifts.isEmpty();
        }
    }

    record ShiftRow(Shift shift, Effort effort, List<Signup> confirmed) {}

    Day of(LocalDate date, String districtId) {
        var day = new Day(
                tasks.on(date, districtId),
                efforts.shiftsOn(date, districtId).stream()
                        .flatMap(s -> efforts.find(s.effortId()).stream()
                                .map(e -> new ShiftRow(
                                        s,
                                        e,
                                        efforts.signups(s.id()).stream()
                                                .filter(g -> g.status() == SignupStatus.CONFIRMED)
                                                .toList())))
                        .toList());
        if (!day.tasks().isEmpty()) {
            audit.recordAll(
                    AuditAction.VIEW,
                    day.tasks().stream()
                            .map(t -> PersonRef.resident(t.request().id()))
                            .toList(),
                    PURPOSE,
                    "run sheet");
        }
        return day;
    }
}
