package se.samverka.helprequest;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import se.samverka.shared.HelpKind;

/**
 * One line of the coordinators' queue. The risk-group answer is not here: it is encrypted health data, decrypted
 * only on the request's own page, with an audit entry.
 */
record QueueRow(
        UUID id,
        long number,
        LocalDate date,
        LocalTime timeFrom,
        LocalTime timeTo,
        HelpKind kind,
        String districtId,
        String residentName,
        HelpRequestStatus status,
        Recurrence recurrence,
        Channel channel) {

    @Override
    public String toString() {
        return "QueueRow[" + number + ", " + status + "]";
    }
}
