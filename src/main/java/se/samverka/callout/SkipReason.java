package se.samverka.callout;

/**
 * Why a volunteer was not asked. A volunteer failing several rules counts once, under the first reason in
 * this order.
 */
public enum SkipReason {
    NOT_ELIGIBLE_KIND,
    DISTRICT,
    SAFEGUARDING,
    AVAILABILITY,
    LANGUAGE,
    PAUSED,
    BUDGET_USED,
    QUIET_HOURS;

    public String messageKey() {
        return "callout.skip." + name();
    }
}
