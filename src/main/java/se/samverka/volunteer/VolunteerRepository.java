package se.samverka.volunteer;

import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samverka.shared.EmailAddress;
import se.samverka.shared.HelpKind;

/** Writes volunteers and their districts, kinds and languages; reads are in {@link VolunteerQueries}. */
@Repository
class VolunteerRepository {

    private final JdbcClient jdbc;

    VolunteerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The volunteer who has this address, with the id of the form that created them. */
    Optional<Existing> findByEmail(EmailAddress email) {
        return jdbc.sql("""
				SELECT id, signup_form_id, locale FROM volunteer WHERE email = ?""")
                .param(email.value())
                .query((rs, i) -> new Existing(
                        rs.getObject("id", UUID.class), rs.getString("signup_form_id"), rs.getString("locale")))
                .optional();
    }

    boolean emailTakenByOther(EmailAddress email, UUID volunteerId) {
        return jdbc.sql("SELECT COUNT(*) FROM volunteer WHERE email = ? AND id <> ?")
                        .params(email.value(), volunteerId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** A new volunteer; {@code locale} ("sv" or "en") is the language their e-mails and SMS go out in. */
    void insert(
            UUID id,
            UUID accountId,
            VolunteerDetails details,
            String locale,
            String formId,
            String privacyNoticeVersion,
            String tokenHash,
            Instant now) {
        var a = details.availability();
        jdbc.sql("""
				INSERT INTO volunteer (id, account_id, name, email, phone, has_car, weekday_daytime, weekday_evening,
				  weekend_daytime, weekend_evening, ask_frequency, privacy_notice_version, consented_at,
				  confirmation_token, signup_form_id, created_at, contact_channel, quiet_from, quiet_to, digest_opt_in,
				  adult_confirmed, locale)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        accountId,
                        details.name(),
                        details.email().value(),
                        details.phone().e164(),
                        details.hasCar(),
                        a.weekdayDaytime(),
                        a.weekdayEvening(),
                        a.weekendDaytime(),
                        a.weekendEvening(),
                        details.askFrequency().name(),
                        privacyNoticeVersion,
                        Timestamp.from(now),
                        tokenHash,
                        formId,
                        Timestamp.from(now),
                        details.contactChannel().name(),
                        quietFrom(details),
                        quietTo(details),
                        details.digest(),
                        details.adultConfirmed(),
                        locale)
                .update();
        insertChildren(id, details);
    }

    /** The volunteer's profile as saved, and the language ("sv" or "en") they saved it in. */
    void update(UUID id, VolunteerDetails details, String locale) {
        var a = details.availability();
        jdbc.sql("""
				UPDATE volunteer SET name = ?, email = ?, phone = ?, has_car = ?, weekday_daytime = ?,
				  weekday_evening = ?, weekend_daytime = ?, weekend_evening = ?, ask_frequency = ?,
				  contact_channel = ?, quiet_from = ?, quiet_to = ?, digest_opt_in = ?, adult_confirmed = ?, locale = ?
				WHERE id = ?""")
                .params(
                        details.name(),
                        details.email().value(),
                        details.phone().e164(),
                        details.hasCar(),
                        a.weekdayDaytime(),
                        a.weekdayEvening(),
                        a.weekendDaytime(),
                        a.weekendEvening(),
                        details.askFrequency().name(),
                        details.contactChannel().name(),
                        quietFrom(details),
                        quietTo(details),
                        details.digest(),
                        details.adultConfirmed(),
                        locale,
                        id)
                .update();
        for (var table : new String[] {"volunteer_district", "volunteer_help_kind", "volunteer_language"}) {
            jdbc.sql("DELETE FROM " + table + " WHERE volunteer_id = ?")
                    .param(id)
                    .update();
        }
        insertChildren(id, details);
    }

    private static Time quietFrom(VolunteerDetails details) {
        return details.quietHours() == null
                ? null
                : Time.valueOf(details.quietHours().from());
    }

    private static Time quietTo(VolunteerDetails details) {
        return details.quietHours() == null
                ? null
                : Time.valueOf(details.quietHours().to());
    }

    private void insertChildren(UUID id, VolunteerDetails details) {
        insertRows("volunteer_district", "district_id", id, details.districtIds());
        insertRows(
                "volunteer_help_kind",
                "kind",
                id,
                details.kinds().stream().map(HelpKind::name).toList());
        insertRows("volunteer_language", "language", id, details.languages());
    }

    /** One statement per table, not one per row: a sign-up is a handful of round trips, not a dozen. */
    private void insertRows(String table, String column, UUID id, Collection<String> values) {
        if (values.isEmpty()) {
            return;
        }
        var sql = "INSERT INTO " + table + " (volunteer_id, " + column + ") VALUES "
                + String.join(", ", Collections.nCopies(values.size(), "(?, ?)"));
        var params = new ArrayList<Object>(values.size() * 2);
        for (var value : values) {
            params.add(id);
            params.add(value);
        }
        jdbc.sql(sql).params(params).update();
    }

    void pauseUntil(UUID id, LocalDate firstDayBack) {
        jdbc.sql("UPDATE volunteer SET paused_until = ? WHERE id = ?")
                .params(firstDayBack, id)
                .update();
    }

    boolean hasPendingConfirmation(String tokenHash) {
        return jdbc.sql("SELECT COUNT(*) FROM volunteer WHERE confirmation_token = ?")
                        .param(tokenHash)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Confirms the address the token was sent to; empty when no volunteer holds that token any more. */
    java.util.Optional<UUID> confirm(String tokenHash, Instant now) {
        var id = jdbc.sql("SELECT id FROM volunteer WHERE confirmation_token = ?")
                .param(tokenHash)
                .query(UUID.class)
                .optional();
        return id.filter(
                v -> jdbc.sql("""
				UPDATE volunteer SET email_confirmed_at = ?, confirmation_token = NULL
				WHERE id = ? AND confirmation_token = ?""").params(Timestamp.from(now), v, tokenHash).update() == 1);
    }

    /** A new confirmation token for a volunteer who has not confirmed yet; false when they have (or are gone). */
    boolean renewConfirmation(UUID id, String tokenHash) {
        return jdbc.sql("UPDATE volunteer SET confirmation_token = ? WHERE id = ? AND email_confirmed_at IS NULL")
                        .params(tokenHash, id)
                        .update()
                == 1;
    }

    /** Removes the volunteer; districts, kinds, languages, offers and assignments go with it (cascade). */
    void delete(UUID id) {
        jdbc.sql("DELETE FROM volunteer WHERE id = ?").param(id).update();
    }

    record Existing(UUID id, String signupFormId, String locale) {}

    /** Which of these e-mail addresses and phone numbers are taken, looked up a thousand at a time. */
    java.util.Set<String> registeredAmong(java.util.Collection<String> emails, java.util.Collection<String> phones) {
        var found = new java.util.HashSet<String>();
        lookUp("SELECT email FROM volunteer WHERE email IN (:values)", List.copyOf(emails), found);
        lookUp("SELECT phone FROM volunteer WHERE phone IN (:values)", List.copyOf(phones), found);
        return found;
    }

    private void lookUp(String sql, List<String> values, java.util.Set<String> found) {
        for (int from = 0; from < values.size(); from += 1000) {
            found.addAll(jdbc.sql(sql)
                    .param("values", values.subList(from, Math.min(values.size(), from + 1000)))
                    .query(String.class)
                    .list());
        }
    }
}
