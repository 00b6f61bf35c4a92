package se.samverka.helprequest;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import se.samverka.shared.HelpKind;

/** One line of the coordinators' queue. Risk group is shown there: coordinators may see it. */
record QueueRow(UUID id, long number, LocalDate date, LocalTime timeFrom, LocalTime timeTo, HelpKind kind,
		String districtId, String residentName, HelpRequestStatus status, Recurrence recurrence, Channel channel,
		Boolean riskGroup) {

	public boolean inRiskGroup() {
		return Boolean.TRUE.equals(riskGroup);
	}

	@Override
	public String toString() {
		return "QueueRow[" + number + ", " + status + "]";
	}
}
