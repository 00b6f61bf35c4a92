package se.samverka.helprequest;

import java.time.LocalDate;
import java.time.LocalTime;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PhoneNumber;

/**
 * A request as taken in, already validated. {@code riskGroup} is null when nobody answered. The submitter
 * fields are set when someone asks on the resident's behalf.
 */
public record NewHelpRequest(
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
        Boolean riskGroup,
        String language,
        Channel channel,
        String submitterName,
        PhoneNumber submitterPhone,
        String submitterRelation) {

    @Override
    public String toString() {
        return "NewHelpRequest[" + kind + ", " + districtId + ", " + date + "]";
    }
}
