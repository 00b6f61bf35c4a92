package se.samverka.referral;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import se.samverka.shared.HelpKind;

/**
 * A referral as the organisation sees it: only what it needs to decide. {@code resident} is null unless this
 * organisation accepted and the request is still active; {@code active}: accepted and not yet done or closed, so
 * the organisation may report it done.
 */
public record ReferredRequest(
        UUID id,
        long number,
        ReferralStatus status,
        HelpKind kind,
        String districtName,
        LocalDate date,
        LocalTime timeFrom,
        LocalTime timeTo,
        String summary,
        ZonedDateTime deadline,
        Resident resident,
        boolean active,
        boolean closed) {

    /** Who to contact and where, shown only to the accepting organisation. */
    public record Resident(String name, String phone, String address, List<String> descriptionLines) {}

    public boolean isOpen() {
        return status == ReferralStatus.OFFERED;
    }
}
