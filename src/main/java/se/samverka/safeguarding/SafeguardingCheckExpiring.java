package se.samverka.safeguarding;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A check of a volunteer expires soon; published once per check, with what the volunteer and the coordinators
 * need to be told (the volunteer's name, e-mail address and language).
 */
public record SafeguardingCheckExpiring(
        UUID checkId,
        UUID volunteerId,
        String volunteerName,
        String email,
        String locale,
        CheckKind kind,
        LocalDate expiresOn) {}
