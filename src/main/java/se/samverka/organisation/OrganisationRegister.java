package se.samverka.organisation;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.account.AccountManagement;
import se.samverka.shared.EmailAddress;
import se.samverka.shared.NotFoundException;

/** Applications, vetting and the organisation's own page: the writing side of the register. */
@Service
class OrganisationRegister {

    private final JdbcClient jdbc;
    private final OrganisationRepository repository;
    private final RepresentativeRepository members;
    private final AccountManagement accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrganisationRegister(
            JdbcClient jdbc,
            OrganisationRepository repository,
            RepresentativeRepository members,
            AccountManagement accounts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.members = members;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** The name or number belongs to another organisation; {@code field} is the form field to blame. */
    static class Taken extends RuntimeException {

        final String field;

        Taken(String field) {
            super(field + " taken");
            this.field = field;
        }
    }

    @Transactional(readOnly = true)
    boolean nameTaken(String name, UUID exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM organisation WHERE LOWER(name) = LOWER(?) AND id <> ?")
                        .params(name.strip(), exceptId == null ? new UUID(0, 0) : exceptId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    @Transactional(readOnly = true)
    boolean numberTaken(OrgNumber number, UUID exceptId) {
        return number != null
                && jdbc.sql("SELECT COUNT(*) FROM organisation WHERE org_number = ? AND id <> ?")
                                .params(number.value(), exceptId == null ? new UUID(0, 0) : exceptId)
                                .query(Integer.class)
                                .single()
                        > 0;
    }

    /** Saves a pending application with the applicant as its admin and contact person. */
    @Transactional
    UUID apply(DetailsForm form, Locale locale) {
        var id = UUID.randomUUID();
        var now = clock.instant();
        var language = "en".equals(locale.getLanguage()) ? "en" : "sv";
        translatingDuplicates(() -> jdbc.sql("""
				INSERT INTO organisation (id, name, org_number, form, purpose, website, email, phone, status, applied_at,
				  confirmed_at, language)
				VALUES (:id, :name, :number, :form, :purpose, :website, :email, :phone, 'PENDING', :now, :now, :language)""")
                .paramSource(details(form)
                        .addValue("id", id)
                        .addValue("language", language)
                        .addValue("now", java.sql.Timestamp.from(now)))
                .update());
        saveLists(id, form);
        var contactEmail = EmailAddress.of(form.contactEmail());
        var accountId =
                accounts.representativeAccount(contactEmail, form.contactName().strip(), locale);
        members.insert(id, accountId, MemberRole.ADMIN, form.contactName().strip(), contactEmail, true, now);
        events.publishEvent(new OrganisationApplied(
                id, form.name().strip(), form.contactName().strip(), contactEmail.value(), language));
        return id;
    }

    @Transactional
    void update(UUID id, DetailsForm form) {
        var changed = translatingDuplicates(() -> jdbc.sql("""
				UPDATE organisation SET name = :name, org_number = :number, form = :form, purpose = :purpose,
				  website = :website, email = :email, phone = :phone, language = :language WHERE id = :id""")
                .paramSource(details(form).addValue("id", id).addValue("language", form.language()))
                .update());
        if (changed == 0) {
            throw new NotFoundException("Organisation");
        }
        jdbc.sql("DELETE FROM organisation_district WHERE organisation_id = ?")
                .param(id)
                .update();
        jdbc.sql("DELETE FROM organisation_activity WHERE organisation_id = ?")
                .param(id)
                .update();
        saveLists(id, form);
    }

    /** Approves or rejects a pending application; false when it was already decided. */
    @Transactional
    boolean decide(UUID id, OrganisationStatus decision, String reason, String staff) {
        var changed = jdbc.sql("""
				UPDATE organisation SET status = ?, decision_reason = ?, decided_by = ?, decided_at = ?
				WHERE id = ? AND status = 'PENDING'""")
                .params(decision.name(), reason, staff, java.sql.Timestamp.from(clock.instant()), id)
                .update();
        if (changed == 0) {
            return false;
        }
        var organisation = repository.find(id).orElseThrow();
        events.publishEvent(new OrganisationVetted(
                id, organisation.name(), decision, reason, members.adminEmails(id), repository.language(id)));
        return true;
    }

    /** The admins said the page is still right: the yearly check starts again. */
    @Transactional
    void confirm(UUID id) {
        jdbc.sql("UPDATE organisation SET confirmed_at = ?, reminded_at = NULL WHERE id = ?")
                .params(java.sql.Timestamp.from(clock.instant()), id)
                .update();
    }

    private void saveLists(UUID id, DetailsForm form) {
        for (var district : form.districts()) {
            jdbc.sql("INSERT INTO organisation_district (organisation_id, district_id) VALUES (?, ?)")
                    .params(id, district)
                    .update();
        }
        for (var activity : form.activityValues()) {
            jdbc.sql("INSERT INTO organisation_activity (organisation_id, activity) VALUES (?, ?)")
                    .params(id, activity.name())
                    .update();
        }
    }

    private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource details(DetailsForm form) {
        var number = form.orgNumberValue();
        return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("name", form.name().strip())
                .addValue("number", number == null ? null : number.value())
                .addValue("form", form.legalForm().name())
                .addValue("purpose", form.purpose().strip())
                .addValue("website", form.websiteValue())
                .addValue("email", EmailAddress.of(form.email()).value())
                .addValue("phone", form.phoneValue());
    }

    /** The database's unique keys decide, also when two people submit the same name at the same moment. */
    private static int translatingDuplicates(java.util.function.IntSupplier write) {
        try {
            return write.getAsInt();
        } catch (DuplicateKeyException e) {
            var message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            throw new Taken(message.contains("organisation_number_uk") ? "orgNumber" : "name");
        }
    }
}
