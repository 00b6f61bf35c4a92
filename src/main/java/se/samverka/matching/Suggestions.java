package se.samverka.matching;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.district.District;
import se.samverka.district.Districts;
import se.samverka.helprequest.HelpRequest;
import se.samverka.safeguarding.Safeguarding;
import se.samverka.volunteer.VolunteerProfile;
import se.samverka.volunteer.Volunteers;

/** Ranks the volunteers who could help with a request. */
@Service
class Suggestions {

    private final Volunteers volunteers;
    private final Districts districts;
    private final ContactHistoryQuery contactHistory;
    private final Safeguarding safeguarding;
    private final Clock clock;

    Suggestions(
            Volunteers volunteers,
            Districts districts,
            ContactHistoryQuery contactHistory,
            Safeguarding safeguarding,
            Clock clock) {
        this.volunteers = volunteers;
        this.safeguarding = safeguarding;
        this.districts = districts;
        this.contactHistory = contactHistory;
        this.clock = clock;
    }

    /** Every volunteer offering the kind of help in the district or a neighbouring one, best first. */
    @Transactional(readOnly = true)
    List<Suggestion> forRequest(HelpRequest request) {
        var neighbours =
                districts.find(request.districtId()).map(District::neighbourIds).orElse(java.util.Set.of());
        var area = new HashSet<>(neighbours);
        area.add(request.districtId());
        var candidates = volunteers.offering(request.kind(), area);
        Map<java.util.UUID, VolunteerProfile> byId =
                candidates.stream().collect(Collectors.toMap(VolunteerProfile::id, Function.identity()));
        var now = clock.instant();
        var history = contactHistory.forVolunteers(
                byId.keySet(),
                request.id(),
                now,
                id -> byId.get(id).askFrequency().window());
        var levels = safeguarding.levelsOf(byId.keySet(), now);
        var required = safeguarding.requiredFor(request.kind());
        return candidates.stream()
                .map(v -> MatchingRules.evaluate(
                        v,
                        request,
                        neighbours,
                        history.getOrDefault(v.id(), ContactHistory.NONE),
                        now,
                        levels.getOrDefault(v.id(), 0),
                        required))
                .sorted(MatchingRules.ORDER)
                .toList();
    }
}
