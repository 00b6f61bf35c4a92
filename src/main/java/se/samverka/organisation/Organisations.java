package se.samverka.organisation;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.account.AccountDirectory;

/** What other modules may ask about organisations and who may act for them. */
@Service
public class Organisations {

    private final OrganisationRepository repository;
    private final RepresentativeRepository members;
    private final OrganisationSearch search;
    private final AccountDirectory accounts;

    Organisations(
            OrganisationRepository repository,
            RepresentativeRepository members,
            OrganisationSearch search,
            AccountDirectory accounts) {
        this.repository = repository;
        this.members = members;
        this.search = search;
        this.accounts = accounts;
    }

    /** The members to write to about the organisation's business, by e-mail address, each in their language. */
    @Transactional(readOnly = true)
    public List<MemberAddress> memberAddresses(UUID organisationId) {
        var representatives = members.of(organisationId);
        var languages =
                accounts.byIds(representatives.stream().map(Member::accountId).toList());
        return representatives.stream()
                .filter(m -> languages.containsKey(m.accountId()))
                .map(m -> new MemberAddress(
                        m.email(), languages.get(m.accountId()).locale()))
                .sorted(Comparator.comparing(MemberAddress::email))
                .toList();
    }

    /** Staff search: organisations by part of the name or of the organisationsnummer, by name, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<OrganisationHit> search(String text, int limit) {
        return search.search(text, Math.max(0, Math.min(limit, 200)));
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> find(UUID id) {
        return repository.find(id);
    }

    /** The approved organisations, by name: the public directory and the ones that may run efforts. */
    @Transactional(readOnly = true)
    public List<Organisation> approved() {
        return repository.withStatus(OrganisationStatus.APPROVED);
    }

    /** The organisations with the status, by name: the vetting list. */
    @Transactional(readOnly = true)
    List<Organisation> withStatus(OrganisationStatus status) {
        return repository.withStatus(status);
    }

    /** The names of the organisations with these ids that exist, by id, in the order of their names. */
    @Transactional(readOnly = true)
    public Map<UUID, String> namesOf(Collection<UUID> ids) {
        return repository.names(ids);
    }

    /** The organisations the account may act for, by name. */
    @Transactional(readOnly = true)
    public List<Membership> membershipsOf(UUID accountId) {
        return members.membershipsOf(accountId);
    }

    /** The account's membership of that organisation, if it has one; the check behind every workspace page. */
    @Transactional(readOnly = true)
    public Optional<Membership> membership(UUID accountId, UUID organisationId) {
        return membershipsOf(accountId).stream()
                .filter(m -> m.organisationId().equals(organisationId))
                .findFirst();
    }
}
