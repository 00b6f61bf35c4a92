package se.samverka.callout;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import se.samverka.shared.HelpKind;
import se.samverka.volunteer.ContactChannel;

/**
 * A volunteer is asked, by e-mail (with a link to answer, carrying {@code token}) or by SMS (answered JA or
 * NEJ). Says what, where and when, never who. {@code phone} is E.164 and set when the channel is SMS. For a
 * {@link SubjectType#RESOURCE_GROUP} call-out the title says what and where (the place as text).
 */
public record CalloutAsked(
        UUID askId,
        UUID calloutId,
        UUID volunteerId,
        ContactChannel channel,
        String email,
        String phone,
        String locale,
        String token,
        String title,
        HelpKind kind,
        String districtName,
        LocalDate date,
        LocalTime timeFrom,
        LocalTime timeTo,
        SubjectType subjectType) {

    @Override
    public String toString() {
        return "CalloutAsked[" + askId + ", " + channel + "]";
    }
}
