package se.samverka.crisis;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.samverka.shared.PhoneNumber;

/**
 * A spontaneous volunteer as staff see them: never vetted the everyday way, so they may only be given tasks that need
 * no safeguarding level, with a vetted person until staff record that their checks are completed (who and when).
 * Even then, a task that needs a level asks for the everyday registration and vetting.
 */
record SpontaneousVolunteer(
        UUID id,
        String name,
        PhoneNumber phone,
        Set<Skill> skills,
        List<String> districtIds,
        Instant firstSignedUpAt,
        Instant signedUpAt,
        int signUps,
        Instant checksCompletedAt,
        String checksCompletedBy) {

    /** Staff completed their checks: they may then work without a partner (still no task needing a level). */
    public boolean checked() {
        return checksCompletedAt != null;
    }
}
