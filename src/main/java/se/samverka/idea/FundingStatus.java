package se.samverka.idea;

/** Where an application for funding stands, as the coach records it. */
enum FundingStatus {
    APPLIED,
    GRANTED,
    REJECTED;

    public String messageKey() {
        return "idea.funding.status." + name();
    }
}
