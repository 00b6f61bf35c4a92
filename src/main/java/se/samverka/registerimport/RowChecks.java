package se.samverka.registerimport;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import se.samverka.district.Districts;
import se.samverka.organisation.OrganisationImport;
import se.samverka.resourcegroup.GroupMemberImport;
import se.samverka.volunteer.VolunteerIntake;
import se.samverka.volunteer.Volunteers;

/**
 * Checks a file's rows into what the preview shows, per kind, asking the owning modules what they already hold in a
 * few bulk queries (never their tables). Reads only: nothing is written here.
 */
@Component
class RowChecks {

    private final Districts districts;
    private final OrganisationImport organisations;
    private final VolunteerIntake intake;
    private final Volunteers volunteers;
    private final GroupMemberImport groups;
    private final Clock clock;

    RowChecks(
            Districts districts,
            OrganisationImport organisations,
            VolunteerIntake intake,
            Volunteers volunteers,
            GroupMemberImport groups,
            Clock clock) {
        this.districts = districts;
        this.organisations = organisations;
        this.intake = intake;
        this.volunteers = volunteers;
        this.groups = groups;
        this.clock = clock;
    }

    List<StagedRow> check(ImportKind kind, Cells cells, List<SpreadsheetFile.Line> rows) {
        return switch (kind) {
            case ASSOCIATIONS -> {
                var keys = AssociationRows.keys(cells, rows);
                var known = new AssociationRows.Known(
                        organisations.idsByNumber(keys.get(0)), organisations.idsByName(keys.get(1)));
                yield AssociationRows.check(cells, rows, known, districts.all());
            }
            case VOLUNTEERS -> {
                var checked = VolunteerRows.check(cells, rows, districts.all());
                var keys = VolunteerRows.keys(checked);
                yield VolunteerRows.against(checked, intake.registeredAmong(keys.get(0), keys.get(1)));
            }
            case FRG_MEMBERS -> {
                var read = MemberRows.read(cells, rows, groups.groupNames(), LocalDate.now(clock));
                var keys = MemberMatch.keys(read);
                yield MemberMatch.against(
                        read,
                        volunteers.withEmailOrPhone(keys.get(0), keys.get(1)),
                        groups.memberships(MemberMatch.groups(read)));
            }
        };
    }
}
