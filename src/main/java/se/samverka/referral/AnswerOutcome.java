package se.samverka.referral;

/** What came of an organisation's answer. */
enum AnswerOutcome {
    ACCEPTED,
    DECLINED,
    TAKEN_BY_OTHER,
    TOO_LATE,
    ALREADY_ANSWERED
}
