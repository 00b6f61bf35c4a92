package se.samverka.municipality;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import se.samverka.shared.MunicipalTime;

/**
 * One change of the municipality's details: when, by whom and which fields ({@code reset} for a return to the
 * configuration).
 */
public record IdentityChange(Instant at, String by, List<String> fields) {

    private static final ZoneId LOCAL = MunicipalTime.ZONE;

    /** When, in Swedish time. */
    public ZonedDateTime localTime() {
        return at.atZone(LOCAL);
    }
}
