package se.samverka.effort;

import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;
import se.samverka.callout.Eligibility;
import se.samverka.safeguarding.Safeguarding;
import se.samverka.volunteer.VolunteerProfile;

/**
 * What a shift asks of a volunteer: its language, if any, adult-only and the safeguarding level. Language and level
 * are the call-out's own rules ({@link Eligibility}), so a call-out for the shift and a sign-up to it agree;
 * adult-only is the shift's own.
 */
@Component
class ShiftRequirements {

    private final Safeguarding safeguarding;

    ShiftRequirements(Safeguarding safeguarding) {
        this.safeguarding = safeguarding;
    }

    /** Whether the volunteer meets all of the shift's requirements now. */
    boolean met(Shift shift, VolunteerProfile volunteer, Instant now) {
        return (!shift.adultOnly() || volunteer.isAdult())
                && speaks(volunteer, shift)
                && checked(volunteer.id(), shift, now);
    }

    /**
     * Refuses a volunteer who does not meet the shift, with the first reason that applies (adult-only, language,
     * then suspension or safeguarding level).
     */
    void check(Shift shift, VolunteerProfile volunteer, Instant now) {
        if (shift.adultOnly() && !volunteer.isAdult()) {
            throw new ShiftSignups.AdultsOnly();
        }
        if (!speaks(volunteer, shift)) {
            throw new ShiftSignups.LanguageNeeded(shift.language());
        }
        if (!checked(volunteer.id(), shift, now)) {
            throw safeguarding.levelOf(volunteer.id(), now) == Safeguarding.SUSPENDED
                    ? new ShiftSignups.Suspended()
                    : new ShiftSignups.SafeguardingNeeded();
        }
    }

    private boolean checked(UUID volunteerId, Shift shift, Instant now) {
        // always asked, also for shifts that need no checks: a suspended volunteer is below every level
        return Eligibility.safeguarded(safeguarding.levelOf(volunteerId, now), shift.safeguardingLevel());
    }

    private static boolean speaks(VolunteerProfile volunteer, Shift shift) {
        return Eligibility.speaks(volunteer.languages(), shift.language());
    }
}
