package se.samverka.crisis;

import org.springframework.stereotype.Component;
import se.samverka.callout.Allowance;
import se.samverka.callout.ContactAllowances;

/**
 * Tells the call-outs what the contact budgets allow: raised as the running crisis was started with, and everyday
 * again as soon as it ends (read through {@link CurrentCrisis}, so another instance follows within its TTL).
 */
@Component
class CrisisAllowances implements ContactAllowances {

    private final CurrentCrisis current;

    CrisisAllowances(CurrentCrisis current) {
        this.current = current;
    }

    @Override
    public Allowance now() {
        return current.get()
                .map(crisis -> Allowance.crisis(Math.min(Allowance.MAX_RAISE, crisis.contactBudgetRaise())))
                .orElse(Allowance.EVERYDAY);
    }
}
