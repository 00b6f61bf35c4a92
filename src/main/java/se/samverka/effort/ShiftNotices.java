package se.samverka.effort;

import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import se.samverka.shared.NotFoundException;
import se.samverka.volunteer.VolunteerProfile;
import se.samverka.volunteer.Volunteers;

/**
 * Tells volunteers about their shift or effort: publishes a {@link ShiftNotice} with the address and language the
 * volunteer module has for them now. A volunteer who is gone is told nothing.
 */
@Component
class ShiftNotices {

    private final Volunteers volunteers;
    private final ApplicationEventPublisher events;
    private final ShiftRepository shifts;
    private final EffortRepository efforts;
    private final SignupRepository signups;

    ShiftNotices(
            Volunteers volunteers,
            ApplicationEventPublisher events,
            ShiftRepository shifts,
            EffortRepository efforts,
            SignupRepository signups) {
        this.volunteers = volunteers;
        this.events = events;
        this.shifts = shifts;
        this.efforts = efforts;
        this.signups = signups;
    }

    /** Tells the volunteer; {@code shift} is null for news about the whole effort. Returns whether anyone was told. */
    boolean tell(ShiftNotice.Reason reason, UUID refId, UUID volunteerId, Effort effort, Shift shift, String text) {
        var volunteer = volunteers.find(volunteerId);
        volunteer.ifPresent(v -> events.publishEvent(notice(reason, refId, v, effort, shift, text)));
        return volunteer.isPresent();
    }

    /** Sends the coordinator's text to everyone confirmed on the shift. Returns how many. */
    int message(UUID shiftId, String text) {
        var shift = shifts.find(shiftId).orElseThrow(() -> new NotFoundException("Shift"));
        var effort = efforts.find(shift.effortId()).orElseThrow();
        var messageId = UUID.randomUUID();
        var sent = 0;
        for (var signup : signups.on(shiftId)) {
            if (signup.status() == SignupStatus.CONFIRMED
                    && tell(ShiftNotice.Reason.MESSAGE, messageId, signup.volunteerId(), effort, shift, text)) {
                sent++;
            }
        }
        return sent;
    }

    private static ShiftNotice notice(
            ShiftNotice.Reason reason, UUID refId, VolunteerProfile v, Effort effort, Shift shift, String text) {
        return new ShiftNotice(
                reason,
                refId,
                v.id(),
                v.email().value(),
                v.locale(),
                effort.title(),
                shift == null ? null : shift.title(),
                shift == null ? null : shift.date(),
                shift == null ? null : shift.from(),
                shift == null ? null : shift.to(),
                shift == null ? null : shift.place(),
                text);
    }
}
