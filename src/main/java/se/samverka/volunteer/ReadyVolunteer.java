package se.samverka.volunteer;

import java.util.Set;

/** A confirmed volunteer as measures see them: where they help, and whether they are paused. No personal data. */
public record ReadyVolunteer(Set<String> districtIds, boolean paused) {}
