package se.samverka.desk;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import se.samverka.callout.ContactBudgets;
import se.samverka.callout.ContactLedger;
import se.samverka.callout.Eligibility;
import se.samverka.safeguarding.Safeguarding;
import se.samverka.volunteer.AskFrequency;
import se.samverka.volunteer.ContactChannel;
import se.samverka.volunteer.VolunteerProfile;
import se.samverka.volunteer.Volunteers;

/**
 * Whom of a selection a message reaches now, and why the others not: suspended, e-mail not confirmed, paused, asked
 * not to be contacted, no number for their SMS, or their contact budget used (the call-out's rule, on the same
 * contact ledger).
 */
@Component
class MessageReach {

    /** The longest window any ask frequency counts asks in. */
    private static final Duration LONGEST_WINDOW = Stream.of(AskFrequency.values())
            .map(AskFrequency::window)
            .max(Comparator.naturalOrder())
            .orElseThrow();

    private final Volunteers volunteers;
    private final Safeguarding safeguarding;
    private final ContactLedger ledger;
    private final ContactBudgets budgets;
    private final Clock clock;

    MessageReach(
            Volunteers volunteers,
            Safeguarding safeguarding,
            ContactLedger ledger,
            ContactBudgets budgets,
            Clock clock) {
        this.budgets = budgets;
        this.volunteers = volunteers;
        this.safeguarding = safeguarding;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** A volunteer the message goes to, by their channel. */
    record Recipient(VolunteerProfile profile, ContactChannel channel) {}

    /** A volunteer it does not go to, and why. */
    record Excluded(UUID id, String name, NotReached reason) {}

    record Reach(List<Recipient> recipients, List<Excluded> excluded) {}

    Reach of(Collection<UUID> ids) {
        var names = volunteers.namesOf(ids);
        var now = clock.instant();
        var today = LocalDate.now(clock);
        var allowance = budgets.now();
        var suspended = safeguarding.suspendedNow();
        var confirmed = volunteers.confirmedAmong(names.keySet()).stream()
                .collect(Collectors.toMap(VolunteerProfile::id, Function.identity()));
        var asks = ledger.asksSince(confirmed.keySet(), now.minus(LONGEST_WINDOW));
        var recipients = new ArrayList<Recipient>();
        var excluded = new ArrayList<Excluded>();
        var ordered = names.entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER))
                .toList();
        for (var entry : ordered) {
            var id = entry.getKey();
            var profile = confirmed.get(id);
            NotReached reason;
            if (suspended.contains(id)) {
                reason = NotReached.SUSPENDED;
            } else if (profile == null) {
                reason = NotReached.NOT_CONFIRMED;
            } else if (profile.isPausedOn(today)) {
                reason = NotReached.PAUSED;
            } else if (allowance.maxAsks(profile.askFrequency()) == 0) {
                reason = NotReached.DO_NOT_CONTACT;
            } else if (profile.contactChannel() == ContactChannel.SMS && profile.phone() == null) {
                reason = NotReached.NO_CHANNEL;
            } else if (Eligibility.budgetUsed(
                    profile.askFrequency(), asks.getOrDefault(id, List.of()), now, allowance)) {
                reason = NotReached.BUDGET_USED;
            } else {
                reason = null;
            }
            if (reason == null) {
                recipients.add(new Recipient(profile, profile.contactChannel()));
            } else {
                excluded.add(new Excluded(id, entry.getValue(), reason));
            }
        }
        return new Reach(List.copyOf(recipients), List.copyOf(excluded));
    }
}
