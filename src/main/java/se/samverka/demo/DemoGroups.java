package se.samverka.demo;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import se.samverka.resourcegroup.GroupKind;
import se.samverka.resourcegroup.ResourceGroups;
import se.samverka.volunteer.Volunteers;

/**
 * The municipality's FRG with six demo volunteers: one leader, training valid, expiring within 30 days and expired.
 * Needs DemoVolunteers first.
 */
@Component
class DemoGroups {

    private final ResourceGroups groups;
    private final Volunteers volunteers;
    private final Clock clock;

    DemoGroups(ResourceGroups groups, Volunteers volunteers, Clock clock) {
        this.groups = groups;
        this.volunteers = volunteers;
        this.clock = clock;
    }

    void create() {
        var ids = volunteers.findIdsMatching("example.se").stream().limit(6).toList();
        if (ids.isEmpty()) {
            return;
        }
        var today = LocalDate.now(clock);
        var frg = groups.create(
                "FRG Ekerö",
                GroupKind.FRG,
                "Frivilliga resursgruppen: utbildade frivilliga som kommunen kallar ut vid kris och höjd beredskap.",
                "demo");
        for (var i = 0; i < ids.size(); i++) {
            var id = ids.get(i);
            groups.addMember(frg, id, "demo");
            var expires = i == 1 ? today.plusDays(12) : i == 2 ? today.minusDays(20) : today.plusYears(2);
            groups.addTraining(frg, id, "FRG grundutbildning", today.minusYears(2), expires);
        }
        groups.setLeader(frg, ids.get(0), true);
        groups.create("Krisstödsgruppen", GroupKind.OTHER, "Utbildade i psykosocialt stöd.", "demo");
    }
}
