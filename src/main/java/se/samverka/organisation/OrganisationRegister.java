package se.samverka.organisation;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.account.AccountManagement;
import se.samverka.shared.NotFoundException;

/** Applications, vetting and the organisation's own page: the writing side of the register. */
@Service
class OrganisationRegister {

    /** The languages Samverka writes to an organisation in. */
    static final List<String> LANGUAGES = List.of("sv", "en");

    private final OrganisationRepository repository;
    private final RepresentativeRepository members;
    private final AccountManagement accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrganisationRegister(
            OrganisationRepository repository,
            RepresentativeRepository members,
            AccountManagement accounts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.members = members;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** Whether an organisation other than {@code exceptId} (may be null) has the name, compared without case. */
    @Transactional(readOnly = true)
    boolean nameTaken(String name, UUID exceptId) {
        return repository.nameTaken(name.strip(), exceptId);
    }

    /** Whether an organisation other than {@code exceptId} (may be null) has the number; false for no number. */
    @Transactional(readOnly = true)
    boolean numberTaken(OrgNumber number, UUID exceptId) {
        return number != null && repository.numberTaken(number, exceptId);
    }

    /**
     * Saves a pending application, in the language of {@code locale} (English or else Swedish), with the applicant
     * as its admin and contact person. Throws {@link DuplicateOrganisation}.
     */
    @Transactional
    UUID apply(OrganisationDetails details, Applicant applicant, Locale locale) {
        var id = UUID.randomUUID();
        var now = clock.instant();
        var language = "en".equals(locale.getLanguage()) ? "en" : "sv";
        repository.insertPending(id, details, language, now);
        var accountId = accounts.representativeAccount(applicant.email(), applicant.name(), locale);
        members.insert(id, accountId, MemberRole.ADMIN, applicant.name(), applicant.email(), true, now);
        events.publishEvent(new OrganisationApplied(
                id, details.name(), applicant.name(), applicant.email().value(), language));
        return id;
    }

    /** The admins changed the page and the language Samverka writes in. Throws {@link DuplicateOrganisation}. */
    @Transactional
    void update(UUID id, OrganisationDetails details, String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("language");
        }
        if (!repository.update(id, details, language)) {
            throw new NotFoundException("Organisation");
        }
    }

    /** Approves or rejects a pending application; false when it was already decided. */
    @Transactional
    boolean decide(UUID id, OrganisationStatus decision, String reason, String staff) {
        if (!repository.decide(id, decision, reason, staff, clock.instant())) {
            return false;
        }
        var organisation = repository.find(id).orElseThrow();
        events.publishEvent(new OrganisationVetted(
                id, organisation.name(), decision, reason, members.adminEmails(id), organisation.language()));
        return true;
    }

    /** The admins said the page is still right: the yearly check starts again. */
    @Transactional
    void confirm(UUID id) {
        repository.confirm(id, clock.instant());
    }
}
