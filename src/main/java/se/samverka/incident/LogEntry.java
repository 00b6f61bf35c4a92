package se.samverka.incident;

import java.time.Instant;
import java.util.UUID;

/** One entry of an incident's handling log: who, when, what; {@code newStatus} when it changed the status. */
public record LogEntry(
        UUID id, UUID incidentId, String writtenBy, Instant writtenAt, String text, IncidentStatus newStatus) {}
