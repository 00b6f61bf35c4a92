package se.samverka.helprequest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PhoneNumber;

/**
 * A resident's request for help as stored. Resident data is shown to coordinators and the assignee only. The
 * risk-group answer is not here: it is encrypted and read one request at a time, audited, through {@code RiskGroups}.
 */
public record HelpRequest(
        UUID id,
        long number,
        UUID seriesId,
        String residentName,
        PhoneNumber residentPhone,
        String streetAddress,
        String districtId,
        HelpKind kind,
        String description,
        LocalDate date,
        LocalTime timeFrom,
        LocalTime timeTo,
        Recurrence recurrence,
        PaymentMethod paymentMethod,
        String codeWord,
        String language,
        Channel channel,
        String submitterName,
        PhoneNumber submitterPhone,
        String submitterRelation,
        HelpRequestStatus status,
        String notHelpedReason,
        Instant createdAt,
        Instant updatedAt) {

    /**
     * Whether the resident's number was erased (on their request, or by the retention rules): the stored placeholder
     * is then shown as removed, never as a number someone could try to call.
     */
    public boolean phoneErased() {
        return HelpRequestPersonalData.ERASED_PHONE.equals(residentPhone.e164());
    }

    /** Open for offers and assignment. */
    public boolean isAssignable() {
        return status == HelpRequestStatus.NEW || status == HelpRequestStatus.OPEN;
    }

    @Override
    public String toString() {
        return "HelpRequest[" + number + ", " + status + "]";
    }
}
