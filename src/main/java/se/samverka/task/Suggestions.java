package se.samverka.task;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.callout.CalloutQueries;
import se.samverka.callout.Need;
import se.samverka.callout.RankedVolunteer;
import se.samverka.callout.SkipReason;
import se.samverka.helprequest.HelpRequest;
import se.samverka.safeguarding.Safeguarding;
import se.samverka.volunteer.VolunteerProfile;
import se.samverka.volunteer.Volunteers;

/**
 * Ranks the volunteers who could help with a request by the call-out's contact rules (the only rule set): who
 * may be asked now, in the order a call-out would ask them, and why the others may not.
 */
@Service
class Suggestions {

    private final CalloutQueries calloutQueries;
    private final Volunteers volunteers;
    private final Safeguarding safeguarding;
    private final Clock clock;

    Suggestions(CalloutQueries calloutQueries, Volunteers volunteers, Safeguarding safeguarding, Clock clock) {
        this.calloutQueries = calloutQueries;
        this.volunteers = volunteers;
        this.safeguarding = safeguarding;
        this.clock = clock;
    }

    /** The need a request is, for the rules: one person, at the safeguarding level its kind of help needs. */
    Need needOf(HelpRequest request) {
        return new Need(
                request.kind(),
                request.districtId(),
                request.date(),
                request.timeFrom(),
                request.timeTo(),
                request.language(),
                1,
                safeguarding.requiredFor(request.kind()));
    }

    /**
     * Every volunteer offering the kind of help in the district or a neighbouring one: those who may be asked
     * first, in the order a call-out asks them, then the others in the same order.
     */
    @Transactional
    List<RankedVolunteer> rank(HelpRequest request) {
        var ranked = calloutQueries.ranked(needOf(request));
        return Stream.concat(
                        ranked.stream().filter(RankedVolunteer::eligible),
                        ranked.stream().filter(r -> !r.eligible()))
                .toList();
    }

    /** The first {@code count} volunteers the rules let be asked now. */
    @Transactional
    List<UUID> topIds(HelpRequest request, int count) {
        return rank(request).stream()
                .filter(RankedVolunteer::eligible)
                .limit(count)
                .map(RankedVolunteer::volunteerId)
                .toList();
    }

    /**
     * Whether the rules let a coordinator give the request to the volunteer after a phone call: every rule holds
     * but quiet hours, which are about being contacted, and the call already happened.
     */
    @Transactional
    boolean mayAssignAfterCall(HelpRequest request, UUID volunteerId) {
        return rank(request).stream()
                .anyMatch(r ->
                        r.volunteerId().equals(volunteerId) && (r.eligible() || r.reason() == SkipReason.QUIET_HOURS));
    }

    /**
     * The ranked volunteers with their profiles and score parts, for the page; {@code firstRank} is the place of
     * the first of them among those who may be asked (0 for those who may not).
     */
    @Transactional(readOnly = true)
    List<Suggestion> describe(List<RankedVolunteer> ranked, int firstRank) {
        var byId = new HashMap<UUID, VolunteerProfile>();
        volunteers
                .confirmedAmong(
                        ranked.stream().map(RankedVolunteer::volunteerId).toList())
                .forEach(v -> byId.put(v.id(), v));
        var now = clock.instant();
        var result = new ArrayList<Suggestion>();
        var rank = firstRank;
        for (var r : ranked) {
            var volunteer = byId.get(r.volunteerId());
            if (volunteer != null) {
                result.add(Suggestion.of(volunteer, firstRank == 0 ? 0 : rank, r, now));
            }
            rank++;
        }
        return result;
    }
}
