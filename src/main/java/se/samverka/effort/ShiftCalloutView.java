package se.samverka.effort;

import java.util.List;
import java.util.UUID;
import se.samverka.callout.Callout;

/**
 * The newest call-out for a shift as its effort's coordinators see it on the roster: who was asked, on which
 * channel, what they answered, and how many nearby were left out and why. Public for the template.
 */
public record ShiftCalloutView(Callout callout, List<Ask> asks, List<Skipped> skipped) {

    /** One volunteer asked. */
    public record Ask(UUID volunteerId, String name, String channelKey, String statusKey) {}

    /** How many were left out for one reason. */
    public record Skipped(String reasonKey, long count) {}
}
