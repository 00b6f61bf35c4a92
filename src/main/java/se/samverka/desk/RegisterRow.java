package se.samverka.desk;

import java.time.LocalDate;
import se.samverka.volunteer.VolunteerSummary;

/** One line of the register: the volunteer, where they stand, and the safeguarding level they have reached. */
record RegisterRow(VolunteerSummary volunteer, RegisterStatus status, int level, LocalDate signedUpOn) {

    public String statusKey() {
        return status.messageKey();
    }
}
