package se.samverka.crisis;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A crisis as the admin page started it: what, where, since when and for how long, what the public is told and which
 * number to call, and how many more asks per volunteer it allows ({@code contactBudgetRaise}).
 */
public record Crisis(
        UUID id,
        String name,
        CrisisKind kind,
        List<String> districtIds,
        String publicMessage,
        String phone,
        Instant startedAt,
        int expectedHours,
        int contactBudgetRaise,
        String startedBy,
        Instant endedAt,
        String endedBy) {

    public Crisis {
        districtIds = List.copyOf(districtIds);
    }

    public boolean running() {
        return endedAt == null;
    }

    /** When the crisis is expected to be over, as the admin guessed at its start. */
    public Instant expectedEnd() {
        return startedAt.plus(Duration.ofHours(expectedHours));
    }

    /** The phone number as a tel: link. */
    public String phoneLink() {
        return "tel:" + phone.replaceAll("[^0-9+]", "");
    }
}
