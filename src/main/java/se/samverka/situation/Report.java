package se.samverka.situation;

import java.time.Instant;
import java.util.UUID;

/** A situation report as stored: which crisis, which period, when and by whom (its figures are stored beside it). */
public record Report(
        UUID id,
        UUID crisisId,
        String crisisName,
        Instant periodFrom,
        Instant periodTo,
        Instant generatedAt,
        String generatedBy,
        Trigger trigger) {

    /** The daily task made it, or a coordinator asked for it. */
    public enum Trigger {
        DAILY,
        ON_DEMAND
    }

    /** The name the daily task writes as the report's author. */
    static final String SYSTEM = "system";

    public boolean byTheDailyTask() {
        return trigger == Trigger.DAILY;
    }
}
