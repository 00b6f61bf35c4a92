package se.samverka.callout;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import se.samverka.shared.HelpKind;
import se.samverka.volunteer.AskFrequency;
import se.samverka.volunteer.Askability;
import se.samverka.volunteer.Availability;
import se.samverka.volunteer.QuietHours;
import se.samverka.volunteer.VolunteerProfile;

/**
 * A volunteer as the call-out sees them. {@code recentAsks} holds the newest asks, newest first, and only as
 * many as the largest ask budget needs, so the budget check looks at one timestamp. {@code quietHours} and
 * {@code pausedUntil} may be null. {@code safeguardingLevel} is the level of checks the volunteer has reached
 * (0 to 2), passed in by the caller.
 */
public record Candidate(
        UUID volunteerId,
        Set<String> districtIds,
        Set<HelpKind> kinds,
        Set<String> languages,
        Availability availability,
        AskFrequency askFrequency,
        LocalDate pausedUntil,
        QuietHours quietHours,
        List<Instant> recentAsks,
        int safeguardingLevel) {

    /** A volunteer without safeguarding checks (level 0). */
    public Candidate(
            UUID volunteerId,
            Set<String> districtIds,
            Set<HelpKind> kinds,
            Set<String> languages,
            Availability availability,
            AskFrequency askFrequency,
            LocalDate pausedUntil,
            QuietHours quietHours,
            List<Instant> recentAsks) {
        this(
                volunteerId,
                districtIds,
                kinds,
                languages,
                availability,
                askFrequency,
                pausedUntil,
                quietHours,
                recentAsks,
                0);
    }

    /**
     * The most asks any frequency allows within its window, raised as far as a crisis may raise it: older asks never
     * decide a budget.
     */
    static final int TRACKED_ASKS = Arrays.stream(AskFrequency.values())
            .mapToInt(f -> Allowance.crisis(Allowance.MAX_RAISE).maxAsks(f))
            .max()
            .orElse(1);

    public Candidate {
        Objects.requireNonNull(volunteerId, "volunteerId");
        Objects.requireNonNull(availability, "availability");
        Objects.requireNonNull(askFrequency, "askFrequency");
        districtIds = Set.copyOf(districtIds);
        kinds = kinds.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(kinds));
        languages = Set.copyOf(languages);
        recentAsks = newestFirst(recentAsks);
    }

    /** The volunteer's profile (with the quiet hours they chose) and the asks Samverka made of them. */
    public static Candidate of(VolunteerProfile profile, List<Instant> recentAsks) {
        return of(profile, recentAsks, 0);
    }

    /** As {@link #of(VolunteerProfile, List)}, with the safeguarding level the volunteer has reached. */
    public static Candidate of(VolunteerProfile profile, List<Instant> recentAsks, int safeguardingLevel) {
        return new Candidate(
                profile.id(),
                profile.districtIds(),
                profile.kinds(),
                profile.languages(),
                profile.availability(),
                profile.askFrequency(),
                profile.pausedUntil(),
                profile.quietHours(),
                recentAsks,
                safeguardingLevel);
    }

    /** What decides whether the volunteer may be asked, the asks Samverka made of them and their level. */
    public static Candidate of(Askability volunteer, List<Instant> recentAsks, int safeguardingLevel) {
        return new Candidate(
                volunteer.id(),
                volunteer.districtIds(),
                volunteer.kinds(),
                volunteer.languages(),
                volunteer.availability(),
                volunteer.askFrequency(),
                volunteer.pausedUntil(),
                volunteer.quietHours(),
                recentAsks,
                safeguardingLevel);
    }

    /** The same volunteer after one more ask at that instant. */
    public Candidate withAsk(Instant at) {
        var asks = new ArrayList<>(recentAsks);
        asks.add(Objects.requireNonNull(at, "at"));
        return new Candidate(
                volunteerId,
                districtIds,
                kinds,
                languages,
                availability,
                askFrequency,
                pausedUntil,
                quietHours,
                asks,
                safeguardingLevel);
    }

    /** When Samverka last asked this volunteer, or null if never. */
    public Instant lastAskedAt() {
        return recentAsks.isEmpty() ? null : recentAsks.get(0);
    }

    /** Paused on that day: "not available until" means available again on the date itself. */
    public boolean isPausedOn(LocalDate day) {
        return pausedUntil != null && day.isBefore(pausedUntil);
    }

    /**
     * Whether the volunteer has had their {@code maxAsks} within the window ending now (an ask exactly one
     * window ago no longer counts). Only-in-crisis volunteers are never asked in normal mode.
     */
    public boolean budgetUsedAt(Instant now) {
        return budgetUsedAt(now, Allowance.EVERYDAY);
    }

    /** As {@link #budgetUsedAt(Instant)}, under what the budgets allow now (a crisis raises them). */
    public boolean budgetUsedAt(Instant now, Allowance allowance) {
        return Eligibility.budgetUsed(askFrequency, recentAsks, now, allowance);
    }

    private static List<Instant> newestFirst(List<Instant> asks) {
        if (asks.size() <= 1) {
            return List.copyOf(asks);
        }
        var sorted = new ArrayList<>(asks);
        sorted.sort(Comparator.reverseOrder());
        return List.copyOf(sorted.subList(0, Math.min(TRACKED_ASKS, sorted.size())));
    }

    @Override
    public String toString() {
        return "Candidate[" + volunteerId + "]";
    }
}
