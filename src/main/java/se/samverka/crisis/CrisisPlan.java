package se.samverka.crisis;

import java.time.Instant;
import java.util.List;

/** What the admin page asks for when a crisis starts. */
record CrisisPlan(
        String name,
        CrisisKind kind,
        List<String> districtIds,
        Instant startedAt,
        int expectedHours,
        String publicMessage,
        String phone,
        int contactBudgetRaise) {

    CrisisPlan {
        districtIds = List.copyOf(districtIds);
    }
}
