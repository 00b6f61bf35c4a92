package se.samverka.task;

import java.util.Arrays;
import se.samverka.callout.Urgency;

/** How soon the need must be filled, as chosen on the request's volunteers page. */
record CalloutStartForm(String urgency) {

    static CalloutStartForm empty() {
        return new CalloutStartForm(null);
    }

    /** The chosen urgency, or null when none or an unknown one was sent. */
    Urgency parsed() {
        return Arrays.stream(Urgency.values())
                .filter(u -> u.name().equals(urgency))
                .findFirst()
                .orElse(null);
    }
}
