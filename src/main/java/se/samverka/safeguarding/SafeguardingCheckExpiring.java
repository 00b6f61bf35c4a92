package se.samverka.safeguarding;

import java.time.LocalDate;
import java.util.UUID;

/** A check of a volunteer expires soon; published once per check. */
public record SafeguardingCheckExpiring(UUID checkId, UUID volunteerId, CheckKind kind, LocalDate expiresOn) {
}
