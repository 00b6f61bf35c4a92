package se.samverka.helprequest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import se.samverka.shared.HelpKind;

/** A request nobody has taken yet that a coordinator should look at now: waited long, or is due soon. */
record AttentionItem(UUID id, long number, HelpKind kind, String districtId, LocalDate date, LocalTime timeFrom,
		HelpRequestStatus status, Instant createdAt, boolean dueSoon) {
}
