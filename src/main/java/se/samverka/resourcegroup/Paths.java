package se.samverka.resourcegroup;

import java.util.UUID;

/** The addresses of the coordinators' group pages. */
final class Paths {

    static final String GROUPS = "/samordning/grupper";

    /** Why coordinators read members' data here, for the audit log. */
    static final String PURPOSE = "resource group register and call-outs";

    private Paths() {}

    static String group(UUID groupId) {
        return GROUPS + "/" + groupId;
    }

    static String member(UUID groupId, UUID volunteerId) {
        return group(groupId) + "/medlemmar/" + volunteerId;
    }

    static String roll(UUID groupId, UUID calloutId) {
        return group(groupId) + "/utkallningar/" + calloutId;
    }

    static int page(String page) {
        try {
            return Math.max(1, Math.min(100_000, Integer.parseInt(page)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
