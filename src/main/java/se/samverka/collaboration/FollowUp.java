package se.samverka.collaboration;

import java.time.LocalDate;
import java.util.UUID;

/** A date on which the agreement is to be followed up, with what to look at. */
record FollowUp(UUID id, LocalDate dueOn, String note, boolean done) {}
