package se.samverka.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.volunteer.VolunteerFixtures.details;
import static se.samverka.volunteer.VolunteerFixtures.newEmail;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samverka.IntegrationTest;
import se.samverka.shared.HelpKind;
import se.samverka.volunteer.VolunteerFilter.Requirement;

/**
 * The register's filters get sets of ids from other modules (everyone with a valid check, everyone suspended ...).
 * At 100,000 volunteers such a set passes PostgreSQL's limit of 65,535 bind parameters when each id is one
 * parameter; as one array parameter it does not.
 */
@IntegrationTest
class RegisterFilterVolumeTests {

    private static final int MORE_THAN_BIND_PARAMETERS = 70_000;

    @Autowired
    Signups signups;

    @Autowired
    Volunteers volunteers;

    @Test
    void setsOfSeventyThousandIdsFilterTheRegister() {
        var mine = signups.signUp(details(newEmail(), "munso"), null, Locale.forLanguageTag("sv"));
        var many = manyIdsWith(mine);

        var only = filter(many, null, null, List.of());
        assertThat(volunteers.count(only)).isGreaterThanOrEqualTo(1);
        assertThat(volunteers.list(only, 0, 500))
                .extracting(VolunteerSummary::id)
                .contains(mine);

        var notThem = filter(null, many, null, List.of());
        assertThat(volunteers.list(notThem, 0, 500))
                .extracting(VolunteerSummary::id)
                .doesNotContain(mine);

        // the "ready" filter: a volunteer offering a kind that needs a check must be among those who have it
        var requirement = new Requirement(java.util.Set.copyOf(HelpKind.BUILT_IN), many);
        var ready = filter(Set.of(mine), null, true, List.of(requirement));
        var notReady = filter(Set.of(mine), null, false, List.of(requirement));
        assertThat(volunteers.count(ready) + volunteers.count(notReady)).isEqualTo(1);
    }

    private static Set<UUID> manyIdsWith(UUID id) {
        var ids = new HashSet<UUID>(MORE_THAN_BIND_PARAMETERS + 1);
        Stream.generate(UUID::randomUUID).limit(MORE_THAN_BIND_PARAMETERS).forEach(ids::add);
        ids.add(id);
        return ids;
    }

    private static VolunteerFilter filter(
            Set<UUID> only, Set<UUID> not, Boolean ready, List<Requirement> requirements) {
        return new VolunteerFilter(null, null, null, null, null, null, null, null, only, not, ready, requirements);
    }
}
