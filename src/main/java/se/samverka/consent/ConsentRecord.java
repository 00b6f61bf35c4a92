package se.samverka.consent;

import java.time.Instant;
import java.util.UUID;
import se.samverka.shared.PersonRef;

/**
 * One consent as given, and withdrawn if it was.
 *
 * @param id the record's id
 * @param person who consented
 * @param purpose to what
 * @param noticeVersion the version of the privacy notice the person was shown
 * @param givenAt when
 * @param recordedBy the account that recorded it (the person themself, or staff on the phone)
 * @param withdrawnAt when it was withdrawn, or null while it holds
 */
public record ConsentRecord(
        UUID id,
        PersonRef person,
        ConsentPurpose purpose,
        String noticeVersion,
        Instant givenAt,
        String recordedBy,
        Instant withdrawnAt) {

    public boolean holds() {
        return withdrawnAt == null;
    }
}
