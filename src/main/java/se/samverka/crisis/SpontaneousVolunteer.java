package se.samverka.crisis;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.samverka.shared.PhoneNumber;

/**
 * A spontaneous volunteer as staff see them: never vetted the everyday way, so they may only be given tasks that need
 * no safeguarding level, with a vetted person.
 */
record SpontaneousVolunteer(
        UUID id,
        String name,
        PhoneNumber phone,
        Set<Skill> skills,
        List<String> districtIds,
        Instant firstSignedUpAt,
        Instant signedUpAt,
        int signUps) {

    /** Always false today: Samverka has no check for spontaneous volunteers yet (docs/crisis.md). */
    boolean vetted() {
        return false;
    }
}
