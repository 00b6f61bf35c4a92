package se.samverka.registerimport;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a row of a resource-group file says beyond the person: the group, the role (null: the file leaves it as it is)
 * and a training with when it was completed and until when it is valid (all null when the row names none).
 */
record MemberRow(
        UUID groupId, String groupName, Boolean leader, String training, LocalDate trainedOn, LocalDate expiresOn) {

    /** The role as stored in the staged row: LEADER, MEMBER or null. */
    String role() {
        return leader == null ? null : leader ? "LEADER" : "MEMBER";
    }

    static Boolean leader(String role) {
        return role == null ? null : "LEADER".equals(role);
    }
}
