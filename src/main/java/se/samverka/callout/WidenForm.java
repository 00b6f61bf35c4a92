package se.samverka.callout;

/**
 * Asking more people for an active call-out: volunteers in every district, and how many more asks beyond
 * the call-out's limit (kept as typed, 0 to 50).
 */
record WidenForm(Boolean allDistricts, String morePeople) {

    static final int MAX_MORE = 50;

    static WidenForm empty() {
        return new WidenForm(false, "0");
    }

    boolean everyDistrict() {
        return Boolean.TRUE.equals(allDistricts);
    }

    /** The number of more people, or -1 when it is not a whole number from 0 to 50. Blank means 0. */
    int more() {
        if (morePeople == null || morePeople.isBlank()) {
            return 0;
        }
        try {
            var n = Integer.parseInt(morePeople.strip());
            return n < 0 || n > MAX_MORE ? -1 : n;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The message key of what is wrong with the form, or null when it may be used. */
    String problem() {
        if (more() < 0) {
            return "callout.widen.morePeople.invalid";
        }
        if (more() == 0 && !everyDistrict()) {
            return "callout.widen.nothing";
        }
        return null;
    }
}
