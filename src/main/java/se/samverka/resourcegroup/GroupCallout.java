package se.samverka.resourcegroup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** A call-out of a group: what, where (a place as text, in a district), when, how many people, and its crisis. */
record GroupCallout(
        UUID id,
        UUID groupId,
        String what,
        String place,
        String districtId,
        LocalDate date,
        LocalTime from,
        LocalTime to,
        int peopleNeeded,
        String crisisTitle,
        String createdBy,
        Instant createdAt,
        Instant closedAt) {

    public boolean open() {
        return closedAt == null;
    }

    /** What the members are told: what and where, and the crisis when one runs. */
    public String title() {
        var title = what + ", " + place;
        return title.length() > 200 ? title.substring(0, 200) : title;
    }
}
