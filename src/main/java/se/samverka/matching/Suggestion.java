package se.samverka.matching;

import java.util.List;

import se.samverka.volunteer.VolunteerProfile;

/** A volunteer as a candidate for one request: eligible or not (and why), and the parts of the score. */
record Suggestion(VolunteerProfile volunteer, List<Ineligibility> reasons, List<ScorePart> parts) {

	boolean eligible() {
		return reasons.isEmpty();
	}

	int score() {
		return parts.stream().mapToInt(ScorePart::points).sum();
	}
}
