package se.samverka.referral;

/**
 * What became of one offer, as the overview counts it: an offer still waiting past its deadline counts as expired,
 * even before the deadline job has marked it.
 */
enum ReferralOutcome {
    ACCEPTED("r.status = 'ACCEPTED'"),
    DECLINED("r.status = 'DECLINED'"),
    EXPIRED("(r.status = 'EXPIRED' OR (r.status = 'OFFERED' AND r.deadline <= ?))"),
    OPEN("(r.status = 'OFFERED' AND r.deadline > ?)"),
    WITHDRAWN("r.status = 'WITHDRAWN'");

    /** The SQL condition on referral r; a {@code ?} in it stands for now. */
    final String condition;

    ReferralOutcome(String condition) {
        this.condition = condition;
    }

    boolean needsNow() {
        return condition.contains("?");
    }

    public String messageKey() {
        return "referral.overview.outcome." + name();
    }

    static ReferralOutcome parse(String value) {
        for (var outcome : values()) {
            if (outcome.name().equals(value)) {
                return outcome;
            }
        }
        return null;
    }
}
