package se.samverka.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OidcRoleMappingTests {

    final OidcRoleMapping mapping = new OidcRoleMapping(Map.of(
            Role.ADMIN, Set.of("samverka-admin"),
            Role.COORDINATOR, Set.of("samordnare", "/kommun/samordnare"),
            Role.PRIVACY_OFFICER, Set.of("dataskydd")));

    @Test
    void aListedGroupGivesItsRole() {
        assertThat(mapping.roleOf(List.of("ekonomi", "samordnare"))).contains(Role.COORDINATOR);
        assertThat(mapping.roleOf(List.of("/kommun/samordnare"))).contains(Role.COORDINATOR);
        assertThat(mapping.roleOf(new String[] {"dataskydd"})).contains(Role.PRIVACY_OFFICER);
    }

    @Test
    void aSingleGroupMayComeAsAString() {
        assertThat(mapping.roleOf("samverka-admin")).contains(Role.ADMIN);
    }

    @Test
    void severalGroupsGiveTheFirstRoleInTheOrderOfRole() {
        assertThat(mapping.roleOf(List.of("dataskydd", "samordnare", "samverka-admin")))
                .contains(Role.ADMIN);
        assertThat(mapping.roleOf(List.of("dataskydd", "samordnare"))).contains(Role.COORDINATOR);
    }

    @Test
    void noGroupOrAnUnmappedOneGivesNoRoleAndNamesAreComparedExactly() {
        assertThat(mapping.roleOf(null)).isEmpty();
        assertThat(mapping.roleOf(List.of())).isEmpty();
        assertThat(mapping.roleOf(List.of("ekonomi"))).isEmpty();
        assertThat(mapping.roleOf(List.of("Samordnare", "samordnare-vikarie"))).isEmpty();
    }

    @Test
    void propertiesListGroupsCommaSeparatedAndGiveOnlyStaffRoles() {
        var properties = new SsoProperties(
                "https://idp.example",
                "id",
                "secret",
                null,
                "groups",
                Map.of(Role.COORDINATOR, " a-grupp, b-grupp ,", Role.VOLUNTEER, "alla"),
                List.of("openid"));
        assertThat(properties.groups()).containsOnlyKeys(Role.COORDINATOR);
        assertThat(properties.groups().get(Role.COORDINATOR)).containsExactlyInAnyOrder("a-grupp", "b-grupp");
        assertThat(new OidcRoleMapping(properties.groups()).roleOf(List.of("alla")))
                .isEmpty();
    }
}
