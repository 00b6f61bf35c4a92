package se.samverka.api;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import se.samverka.effort.Effort;
import se.samverka.organisation.Departments;
import se.samverka.organisation.Organisations;

/** Who runs an effort, by name: its organisation or the municipality's department. */
@Component
class Organisers {

    private final Organisations organisations;
    private final Departments departments;

    Organisers(Organisations organisations, Departments departments) {
        this.organisations = organisations;
        this.departments = departments;
    }

    /** The names of the efforts' organisers, one query for all organisations. */
    Map<java.util.UUID, String> names(Collection<Effort> efforts) {
        return organisations.namesOf(efforts.stream()
                .map(Effort::organisationId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
    }

    String name(Effort effort, Map<java.util.UUID, String> organisationNames) {
        if (effort.organisationId() != null) {
            return organisationNames.getOrDefault(effort.organisationId(), "");
        }
        return departments.find(effort.departmentId()).map(d -> d.name()).orElse("");
    }
}
