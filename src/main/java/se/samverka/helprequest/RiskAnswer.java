package se.samverka.helprequest;

/** The answer to "are you in a risk group?". Health data: only coordinators ever see it. */
enum RiskAnswer {
    YES,
    NO,
    UNSAID;

    /** What is stored: true, false, or null when the person chose not to say. */
    Boolean stored() {
        return switch (this) {
            case YES -> Boolean.TRUE;
            case NO -> Boolean.FALSE;
            case UNSAID -> null;
        };
    }
}
