package se.samverka.organisation;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final OrganisationRegister register;
    private final AccountManagement accounts;
    private final ApplicationEventPublisher events;

    Representatives(
            JdbcClient jdbc,
            OrganisationRegister register,
            AccountManagement accounts,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.register = register;
        this.accounts = accounts;
        this.events = events;
    }

    @Transactional(readOnly = true)
    List<Member> of(UUID organisationId) {
        return jdbc.sql("""
				SELECT account_id, name, email, role, is_contact FROM organisation_member
				WHERE organisation_id = ? ORDER BY role, name""")
                .param(organisationId)
                .query((rs, i) -> new Member(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        MemberRole.valueOf(rs.getString(4)),
                        rs.getBoolean(5)))
                .list();
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
        var exists = jdbc.sql("SELECT COUNT(*) FROM organisation_member WHERE organisation_id = ? AND account_id = ?")
                        .params(organisationId, accountId)
                        .query(Integer.class)
                        .single()
                > 0;
        if (exists) {
            throw new Refused("organisation.members.alreadyMember");
        }
        register.insertMember(organisationId, accountId, role, name, email, contact);
        events.publishEvent(new RepresentativeAdded(
                organisationId, organisationName, accountId, name, email.value(), register.language(organisationId)));
    }

    @Transactional
    void changeRole(UUID organisationId, UUID accountId, MemberRole role) {
        lock(organisationId);
        var current = roleOf(organisationId, accountId);
        if (current == MemberRole.ADMIN && role != MemberRole.ADMIN && admins(organisationId) <= 1) {
            throw new Refused("organisation.members.lastAdmin");
        }
        jdbc.sql("UPDATE organisation_member SET role = ? WHERE organisation_id = ? AND account_id = ?")
                .params(role.name(), organisationId, accountId)
                .update();
    }

    @Transactional
    void setContact(UUID organisationId, UUID accountId, boolean contact) {
        lock(organisationId);
        roleOf(organisationId, accountId);
        jdbc.sql("UPDATE organisation_member SET is_contact = ? WHERE organisation_id = ? AND account_id = ?")
                .params(contact, organisationId, accountId)
                .update();
    }

    @Transactional
    void remove(UUID organisationId, UUID accountId) {
        lock(organisationId);
        if (roleOf(organisationId, accountId) == MemberRole.ADMIN && admins(organisationId) <= 1) {
            throw new Refused("organisation.members.lastAdmin");
        }
        jdbc.sql("DELETE FROM organisation_member WHERE organisation_id = ? AND account_id = ?")
                .params(organisationId, accountId)
                .update();
    }

    private String lock(UUID organisationId) {
        return jdbc.sql("SELECT name FROM organisation WHERE id = ? FOR UPDATE")
                .param(organisationId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Organisation"));
    }

    private MemberRole roleOf(UUID organisationId, UUID accountId) {
        return jdbc.sql("SELECT role FROM organisation_member WHERE organisation_id = ? AND account_id = ?")
                .params(organisationId, accountId)
                .query(String.class)
                .optional()
                .map(MemberRole::valueOf)
                .orElseThrow(() -> new NotFoundException("Member"));
    }

    private int admins(UUID organisationId) {
        return jdbc.sql("SELECT COUNT(*) FROM organisation_member WHERE organisation_id = ? AND role = 'ADMIN'")
                .param(organisationId)
                .query(Integer.class)
                .single();
    }
}
