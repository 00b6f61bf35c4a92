package se.samverka.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask about organisations and who may act for them. */
@Service
@Transactional(readOnly = true)
public class Organisations {

    private final OrganisationRepository repository;

    Organisations(OrganisationRepository repository) {
        this.repository = repository;
    }

    public Optional<Organisation> find(UUID id) {
        return repository.find(id);
    }

    /** The approved organisations, by name: the public directory and the ones that may run efforts. */
    public List<Organisation> approved() {
        return repository.withStatus(OrganisationStatus.APPROVED);
    }

    /** The names of the organisations with these ids that exist, by id, in the order of their names. */
    public Map<UUID, String> namesOf(Collection<UUID> ids) {
        return repository.names(ids);
    }

    /** The organisations the account may act for, by name. */
    public List<Membership> membershipsOf(UUID accountId) {
        return repository.membershipsOf(accountId);
    }

    /** The account's membership of that organisation, if it has one; the check behind every workspace page. */
    public Optional<Membership> membership(UUID accountId, UUID organisationId) {
        return membershipsOf(accountId).stream()
                .filter(m -> m.organisationId().equals(organisationId))
                .findFirst();
    }
}
