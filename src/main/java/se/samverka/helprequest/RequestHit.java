package se.samverka.helprequest;

import java.time.LocalDate;
import java.util.UUID;

/** A request found by the staff search. */
public record RequestHit(
        UUID id, long number, String residentName, String streetAddress, LocalDate date, HelpRequestStatus status) {}
