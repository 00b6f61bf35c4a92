package se.samverka.callout;

import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import se.samverka.volunteer.AskFrequency;

/**
 * The contact budgets as they stand now, for every page and rule that asks: everyday, or raised while a crisis
 * runs ({@link ContactAllowances}).
 */
@Component
public class ContactBudgets {

    private final ObjectProvider<ContactAllowances> allowances;

    ContactBudgets(ObjectProvider<ContactAllowances> allowances) {
        this.allowances = allowances;
    }

    /** What the budgets allow now. */
    public Allowance now() {
        var source = allowances.getIfAvailable();
        return source == null ? Allowance.EVERYDAY : source.now();
    }

    /** Whether a volunteer with that frequency and these asks (newest first) has used up their budget now. */
    public boolean used(AskFrequency frequency, List<Instant> asksNewestFirst, Instant now) {
        return Eligibility.budgetUsed(frequency, asksNewestFirst, now, now());
    }
}
