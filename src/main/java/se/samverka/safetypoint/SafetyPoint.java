package se.samverka.safetypoint;

import java.util.UUID;

/**
 * A safety point: a place with its address, district, opening hours, capacity, status and a short public note, and
 * the effort whose shifts staff it ({@code effortId}, null until one is linked).
 */
public record SafetyPoint(
        UUID id,
        String name,
        String address,
        String districtId,
        String openingHours,
        int capacity,
        SafetyPointStatus status,
        String publicNote,
        UUID effortId) {

    public boolean isPublic() {
        return status.isPublic();
    }

    SafetyPoint withStatus(SafetyPointStatus newStatus) {
        return new SafetyPoint(id, name, address, districtId, openingHours, capacity, newStatus, publicNote, effortId);
    }
}
