package se.samverka.effort;

import java.time.LocalDate;
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
}
