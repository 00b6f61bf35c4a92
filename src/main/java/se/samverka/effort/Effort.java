package se.samverka.effort;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * An effort, owned by exactly one of an organisation ({@code organisationId}) or a department
 * ({@code departmentId}).
 */
public record Effort(
        UUID id,
        UUID organisationId,
        String departmentId,
        String title,
        String description,
        String targetGroup,
        LocalDate periodStart,
        LocalDate periodEnd,
        String contactName,
        String contactEmail,
        String contactPhone,
        EffortStatus status,
        List<String> districtIds) {

    public boolean isPublished() {
        return status == EffortStatus.PUBLISHED;
    }

    public boolean isClosed() {
        return status == EffortStatus.CLOSED;
    }

    public boolean isDraftOrPaused() {
        return status == EffortStatus.DRAFT || status == EffortStatus.PAUSED;
    }

    /** Whether a volunteer may sign up to this effort's shift now: published, not cancelled, not started. */
    boolean takesSignups(Shift shift, Instant now, ZoneId zone) {
        return isPublished() && !shift.cancelled() && !shift.hasStarted(now, zone);
    }

    /** The same effort in other districts (as read from its own table). */
    Effort withDistricts(List<String> districts) {
        return new Effort(
                id,
                organisationId,
                departmentId,
                title,
                description,
                targetGroup,
                periodStart,
                periodEnd,
                contactName,
                contactEmail,
                contactPhone,
                status,
                districts);
    }

    /** The effort as a new draft under {@code newId}: how {@link Efforts#create} stores what the form gave. */
    Effort asDraft(UUID newId) {
        return new Effort(
                newId,
                organisationId,
                departmentId,
                title,
                description,
                targetGroup,
                periodStart,
                periodEnd,
                contactName,
                contactEmail,
                contactPhone,
                EffortStatus.DRAFT,
                districtIds);
    }
}
