package se.samverka.callout;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import se.samverka.volunteer.Availability;

/**
 * A volunteer in the selector's index with the checks that do not depend on the need worked out once: when
 * their everyday ask budget frees up and their availability as bits (a crisis' raised budget is checked
 * from the asks). Gives the same answers as {@link CalloutRules}.
 */
final class IndexEntry {

    private static final Availability[] SLOTS = {
        new Availability(true, false, false, false),
        new Availability(false, true, false, false),
        new Availability(false, false, true, false),
        new Availability(false, false, false, true)
    };

    final Candidate candidate;
    private final int availability;
    /** Asked again only from this instant on; null when the budget is free. */
    private final Instant budgetFreeFrom;

    IndexEntry(Candidate c) {
        this.candidate = c;
        var a = c.availability();
        this.availability = (a.weekdayDaytime() ? 1 : 0)
                | (a.weekdayEvening() ? 2 : 0)
                | (a.weekendDaytime() ? 4 : 0)
                | (a.weekendEvening() ? 8 : 0);
        var max = c.askFrequency().maxAsks();
        if (max == 0) {
            this.budgetFreeFrom = Instant.MAX;
        } else if (c.recentAsks().size() < max) {
            this.budgetFreeFrom = null;
        } else {
            this.budgetFreeFrom =
                    c.recentAsks().get(max - 1).plus(c.askFrequency().window());
        }
    }

    /** Which availability bits cover a task on that day at that time, asking {@link Availability#covers}. */
    static int slotsCovering(LocalDate day, LocalTime from) {
        var mask = 0;
        for (int i = 0; i < SLOTS.length; i++) {
            if (SLOTS[i].covers(day, from)) {
                mask |= 1 << i;
            }
        }
        return mask;
    }

    /** As {@link CalloutRules#checkWithinRing}, for a need whose covering slots are {@code needSlots}. */
    SkipReason check(Need need, int needSlots, Instant now, LocalTime localNow, Allowance allowance) {
        if (!Eligibility.safeguarded(candidate.safeguardingLevel(), need.safeguardingLevel())) {
            return SkipReason.SAFEGUARDING;
        }
        if ((availability & needSlots) == 0) {
            return SkipReason.AVAILABILITY;
        }
        if (!Eligibility.speaks(candidate.languages(), need.language())) {
            return SkipReason.LANGUAGE;
        }
        if (candidate.isPausedOn(need.date())) {
            return SkipReason.PAUSED;
        }
        if (allowance.crisis()
                ? candidate.budgetUsedAt(now, allowance)
                : budgetFreeFrom != null && budgetFreeFrom.isAfter(now)) {
            return SkipReason.BUDGET_USED;
        }
        if (candidate.quietHours() != null && candidate.quietHours().covers(localNow)) {
            return SkipReason.QUIET_HOURS;
        }
        return null;
    }
}
