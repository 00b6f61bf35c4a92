package se.samverka.callout;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import se.samverka.district.District;
import se.samverka.district.Districts;
import se.samverka.shared.NotFoundException;
import se.samverka.volunteer.VolunteerProfile;
import se.samverka.volunteer.Volunteers;

/**
 * What the coordinator's page of one call-out shows: its need, waves, whom Samverka asked and who was skipped and
 * why. Shared by the page itself and the actions that show it again with a form's errors.
 */
@Component
class CalloutDetailModel {

    private static final List<String> END_REASONS =
            List.of("FILLED", "FILLED_ELSEWHERE", "STOPPED", "CLOSED", "NOBODY_LEFT");

    private final Callouts callouts;
    private final CalloutQueries calloutQueries;
    private final Districts districts;
    private final Volunteers volunteers;
    private final Clock clock;

    CalloutDetailModel(
            Callouts callouts, CalloutQueries calloutQueries, Districts districts, Volunteers volunteers, Clock clock) {
        this.callouts = callouts;
        this.calloutQueries = calloutQueries;
        this.districts = districts;
        this.volunteers = volunteers;
        this.clock = clock;
    }

    /** One ask with the volunteer's name. */
    public record AskRow(CalloutAsk ask, String name) {}

    /** Skipped volunteers of one reason: how many in the latest wave, and who (as things stand now) when asked. */
    public record SkipGroup(SkipReason reason, int count, List<String> names) {}

    Callout found(UUID id) {
        return calloutQueries.find(id).orElseThrow(() -> new NotFoundException("Call-out"));
    }

    /** The page of the call-out, with the widen form as given; {@code showWho} names the skipped volunteers. */
    String detail(Callout callout, WidenForm widen, boolean showWho, Model model) {
        model.addAttribute(
                "districtName",
                districts.find(callout.districtId()).map(District::name).orElse(callout.districtId()));
        model.addAttribute("subjectPath", subjectPath(callout));
        model.addAttribute(
                "endReasonKey",
                callout.endReason() == null
                        ? null
                        : "callout.endReason."
                                + (END_REASONS.contains(callout.endReason()) ? callout.endReason() : "OTHER"));
        model.addAttribute("waves", calloutQueries.waves(callout.id()));
        model.addAttribute("needOpen", callouts.isNeedOpen(callout));
        addAsks(callout, model);
        addSkipped(callout, showWho, model);
        model.addAttribute("widen", widen);
        model.addAttribute("maxMore", WidenForm.MAX_MORE);
        return "callout/detail";
    }

    void addAsks(Callout callout, Model model) {
        var asks = calloutQueries.asks(callout.id());
        model.addAttribute("callout", callout);
        model.addAttribute(
                "asks",
                asks.stream().map(a -> new AskRow(a, name(a.volunteerId()))).toList());
        model.addAttribute(
                "answered",
                asks.stream()
                        .filter(a -> a.status() == AskStatus.ACCEPTED || a.status() == AskStatus.DECLINED)
                        .count());
        model.addAttribute("zone", clock.getZone());
    }

    /** Counts per reason as the latest wave stored them; the people only when the coordinator asks to see them. */
    private void addSkipped(Callout callout, boolean showWho, Model model) {
        var counts = calloutQueries.skipCounts(callout.id());
        Map<SkipReason, List<String>> byReason = new EnumMap<>(SkipReason.class);
        // a hand-picked call-out held back some of the chosen: the coordinator saw who when asking, and the wave
        // keeps only the counts; the people near the need it never looked at were not skipped
        if (showWho && !callout.handPicked()) {
            for (var s : calloutQueries.skipped(callout.id())) {
                byReason.computeIfAbsent(s.reason(), r -> new ArrayList<>()).add(name(s.volunteerId()));
            }
        }
        var reasons = EnumSet.noneOf(SkipReason.class);
        reasons.addAll(counts.keySet());
        reasons.addAll(byReason.keySet());
        model.addAttribute("showWho", showWho);
        model.addAttribute(
                "skipped",
                reasons.stream()
                        .map(r -> new SkipGroup(
                                r,
                                counts.getOrDefault(r, 0),
                                showWho
                                        ? byReason.getOrDefault(r, List.of()).stream()
                                                .sorted()
                                                .toList()
                                        : null))
                        .toList());
    }

    private String name(UUID volunteerId) {
        return volunteers.find(volunteerId).map(VolunteerProfile::name).orElse("–");
    }

    private String subjectPath(Callout callout) {
        try {
            return callouts.subjectPath(callout);
        } catch (IllegalStateException e) {
            return null;
        }
    }
}
