package se.samverka.organisation;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.account.AccountManagement;
import se.samverka.shared.EmailAddress;
import se.samverka.shared.NotFoundException;

/**
 * The people who act for an organisation. An organisation always keeps at least one admin: the last one can be
 * neither removed nor made a coordinator (the organisation's row is locked while that is checked).
 */
@Service
class Representatives {

    /** What an admin tried would leave the organisation without an admin, or add someone twice. */
    static class Refused extends RuntimeException {

        final String messageKey;

        Refused(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }
    }

    private final RepresentativeRepository members;
    private final OrganisationRepository organisations;
    private final AccountManagement accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Representatives(
            RepresentativeRepository members,
            OrganisationRepository organisations,
            AccountManagement accounts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.members = members;
        this.organisations = organisations;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<Member> of(UUID organisationId) {
        return members.of(organisationId);
    }

    /** The members the organisation named as its contact persons: the only ones the public page shows. */
    @Transactional(readOnly = true)
    List<Member> contacts(UUID organisationId) {
        return of(organisationId).stream().filter(Member::contact).toList();
    }

    /** Adds a representative by e-mail address, creating their account when they have none, and welcomes them. */
    @Transactional
    void add(UUID organisationId, String name, EmailAddress email, MemberRole role, boolean contact, Locale locale) {
        var organisationName = lock(organisationId);
        var accountId = accounts.representativeAccount(email, name, locale);
        if (members.exists(organisationId, accountId)) {
            throw new Refused("organisation.members.alreadyMember");
        }
        members.insert(organisationId, accountId, role, name, email, contact, clock.instant());
        events.publishEvent(new RepresentativeAdded(
                organisationId,
                organisationName,
                accountId,
                name,
                email.value(),
                organisations.language(organisationId)));
    }

    @Transactional
    void changeRole(UUID organisationId, UUID accountId, MemberRole role) {
        lock(organisationId);
        var current = roleOf(organisationId, accountId);
        if (current == MemberRole.ADMIN && role != MemberRole.ADMIN && members.admins(organisationId) <= 1) {
            throw new Refused("organisation.members.lastAdmin");
        }
        members.changeRole(organisationId, accountId, role);
    }

    @Transactional
    void setContact(UUID organisationId, UUID accountId, boolean contact) {
        lock(organisationId);
        roleOf(organisationId, accountId);
        members.setContact(organisationId, accountId, contact);
    }

    @Transactional
    void remove(UUID organisationId, UUID accountId) {
        lock(organisationId);
        if (roleOf(organisationId, accountId) == MemberRole.ADMIN && members.admins(organisationId) <= 1) {
            throw new Refused("organisation.members.lastAdmin");
        }
        members.remove(organisationId, accountId);
    }

    private String lock(UUID organisationId) {
        return organisations.lockName(organisationId).orElseThrow(() -> new NotFoundException("Organisation"));
    }

    private MemberRole roleOf(UUID organisationId, UUID accountId) {
        return members.roleOf(organisationId, accountId).orElseThrow(() -> new NotFoundException("Member"));
    }
}
