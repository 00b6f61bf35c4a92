package se.samverka.audit;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The data-protection officer's filters, all optional and combined: a person (name, e-mail or phone), a staff member
 * (part of the username), a date range in local days, both ends included. Sent by POST, paging too, so that a
 * name or phone number typed here never ends up in an address, a browser history or an access log.
 */
record AuditSearch(
        String person,
        String actor,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        Integer page) {

    static final int MAX_TEXT = 120;

    AuditSearch {
        person = person == null ? "" : person.strip();
        actor = actor == null ? "" : actor.strip();
        page = page == null || page < 1 ? 1 : page;
    }

    static AuditSearch empty() {
        return new AuditSearch("", "", null, null, 1);
    }

    boolean hasPerson() {
        return !person.isEmpty();
    }

    boolean hasActor() {
        return !actor.isEmpty();
    }

    void check(Errors errors) {
        if (person.length() > MAX_TEXT) {
            errors.rejectValue("person", "audit.search.person.tooLong", new Object[] {MAX_TEXT}, null);
        } else if (hasPerson() && person.length() < 2) {
            errors.rejectValue("person", "audit.search.person.tooShort");
        }
        if (actor.length() > MAX_TEXT) {
            errors.rejectValue("actor", "audit.search.actor.tooLong", new Object[] {MAX_TEXT}, null);
        }
        if (from != null && to != null && to.isBefore(from) && !errors.hasFieldErrors("to")) {
            errors.rejectValue("to", "audit.search.to.beforeFrom");
        }
    }

    @Override
    public String toString() {
        // the person typed is personal data: never in a log line
        return "AuditSearch[from=" + from + ", to=" + to + ", page=" + page + "]";
    }
}
