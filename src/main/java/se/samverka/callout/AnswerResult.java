package se.samverka.callout;

/** What came of a volunteer's answer to an ask. */
public enum AnswerResult {
    /** The place is theirs. */
    ACCEPTED,
    /** They said no; thank you. */
    DECLINED,
    /** Enough others said yes first, or the need went away: thank you, not needed. */
    NOT_NEEDED,
    /** They had answered before; nothing changed. */
    ALREADY_ANSWERED;

    public String messageKey() {
        return "callout.answer." + name();
    }

    /** The short message shown after answering on the volunteer's own page. */
    public String flashKey() {
        return "callout.answered." + name() + ".title";
    }
}
