package se.samverka.effort;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import se.samverka.shared.HelpKind;

/** A role or a shift inside an effort, with how many volunteers it takes and how many it has. */
public record Shift(UUID id, UUID effortId, String title, LocalDate date, LocalTime from, LocalTime to,
		String place, String districtId, int minVolunteers, int maxVolunteers, String language, boolean adultOnly,
		SignupMode mode, boolean cancelled, int confirmed, List<HelpKind> kinds) {

	public int placesLeft() {
		return Math.max(0, maxVolunteers - confirmed);
	}

	public boolean isFull() {
		return placesLeft() == 0;
	}

	public Instant startsAt(ZoneId zone) {
		return date.atTime(from).atZone(zone).toInstant();
	}

	public boolean hasStarted(Instant now, ZoneId zone) {
		return !now.isBefore(startsAt(zone));
	}

	public boolean isApplication() {
		return mode == SignupMode.APPLICATION;
	}
}
