package se.samverka.volunteer;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import se.samverka.shared.HelpKind;

/**
 * What decides whether and when a confirmed volunteer may be asked, without their contact details: for an index
 * of every volunteer kept in memory (the call-out's). {@code pausedUntil} and {@code quietHours} may be null.
 */
public record Askability(
        UUID id,
        Set<String> districtIds,
        Set<HelpKind> kinds,
        Set<String> languages,
        Availability availability,
        AskFrequency askFrequency,
        LocalDate pausedUntil,
        QuietHours quietHours) {}
