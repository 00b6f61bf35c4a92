package se.samverka.volunteer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.samverka.shared.HelpKind;

/**
 * What staff look for in the volunteer register. Every part is optional (null: any). Facts other modules own
 * (safeguarding checks, suspensions) come in as sets of volunteer ids those modules answered with.
 *
 * @param text part of the name or e-mail (any case), or the phone number or part of its digits
 * @param signedUpFrom signed up at or after this instant
 * @param signedUpBefore signed up before this instant
 * @param pausedOn paused on this day ({@code paused} true) or not ({@code paused} false); both or neither
 * @param onlyAmong only these volunteers (an empty set: nobody)
 * @param notAmong none of these volunteers
 * @param ready with {@code requirements}: e-mail confirmed and every requirement met (true) or not (false)
 */
public record VolunteerFilter(
        String text,
        String districtId,
        HelpKind kind,
        String language,
        Instant signedUpFrom,
        Instant signedUpBefore,
        Boolean paused,
        LocalDate pausedOn,
        Set<UUID> onlyAmong,
        Set<UUID> notAmong,
        Boolean ready,
        List<Requirement> requirements) {

    /** Volunteers who offer any of {@code kinds} must be among {@code meeting}. */
    public record Requirement(Set<HelpKind> kinds, Set<UUID> meeting) {}

    public VolunteerFilter {
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
    }

    /** Everyone. */
    public static VolunteerFilter everyone() {
        return new VolunteerFilter(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Only these volunteers (an empty set: nobody). */
    public static VolunteerFilter among(Set<UUID> ids) {
        return new VolunteerFilter(null, null, null, null, null, null, null, null, ids, null, null, null);
    }

    /** Only the text. */
    public static VolunteerFilter text(String text) {
        return new VolunteerFilter(text, null, null, null, null, null, null, null, null, null, null, null);
    }
}
