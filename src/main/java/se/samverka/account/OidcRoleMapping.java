package se.samverka.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which Samverka role the groups in a person's token give. An account has one role: when several groups match, the
 * first in the order of {@link Role} wins (ADMIN, COORDINATOR, COACH, DEPARTMENT_REPRESENTATIVE, PRIVACY_OFFICER).
 * Group names are compared exactly (Entra ID sends object ids, Keycloak paths such as {@code /samverka/admins}).
 */
class OidcRoleMapping {

    private final Map<Role, Set<String>> groups;

    OidcRoleMapping(Map<Role, Set<String>> groups) {
        this.groups = Map.copyOf(groups);
    }

    /** The role for the claim's value (a list of groups, or one group as a string); empty when none is mapped. */
    Optional<Role> roleOf(Object claim) {
        var names = names(claim);
        for (var role : Role.values()) {
            var mapped = groups.getOrDefault(role, Set.of());
            if (role.isStaff() && names.stream().anyMatch(mapped::contains)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    private static List<String> names(Object claim) {
        var names = new ArrayList<String>();
        if (claim instanceof Collection<?> values) {
            values.stream()
                    .filter(v -> v != null)
                    .forEach(v -> names.add(v.toString().strip()));
        } else if (claim instanceof Object[] values) {
            for (var v : values) {
                if (v != null) {
                    names.add(v.toString().strip());
                }
            }
        } else if (claim != null) {
            names.add(claim.toString().strip());
        }
        return names;
    }
}
