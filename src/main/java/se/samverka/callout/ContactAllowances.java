package se.samverka.callout;

/**
 * What the contact budgets allow now. The call-out module asks this; the crisis module answers while a crisis runs
 * (the call-out module cannot depend on the crisis module, which asks through it). Without an answering bean every
 * budget is as the volunteer chose ({@link Allowance#EVERYDAY}).
 */
public interface ContactAllowances {

    Allowance now();
}
