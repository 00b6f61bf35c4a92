package se.samverka.collaboration;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the agreement list is narrowed to; every part may be null (all). Parsed leniently from the query string:
 * a value that means nothing filters nothing. {@code ending} keeps agreements that end within 90 days; from and to
 * keep agreements whose period overlaps theirs.
 */
record AgreementFilter(
        String departmentId,
        UUID organisationId,
        AgreementType type,
        AgreementStatus status,
        boolean ending,
        LocalDate from,
        LocalDate to) {

    public static final int ENDING_DAYS = 90;

    static AgreementFilter all() {
        return new AgreementFilter(null, null, null, null, false, null, null);
    }

    static AgreementFilter parse(
            String department, String organisation, String type, String status, String ending, String from, String to) {
        return new AgreementFilter(
                blank(department) ? null : department.strip(),
                uuid(organisation),
                value(AgreementType.class, type),
                value(AgreementStatus.class, status),
                "true".equals(ending),
                date(from),
                date(to));
    }

    /** The query string for links that keep this filter (paging, the CSV export), starting with ? or empty. */
    public String query() {
        var uri = UriComponentsBuilder.newInstance();
        if (departmentId != null) {
            uri.queryParam("department", departmentId);
        }
        if (organisationId != null) {
            uri.queryParam("organisation", organisationId);
        }
        if (type != null) {
            uri.queryParam("type", type.name());
        }
        if (status != null) {
            uri.queryParam("status", status.name());
        }
        if (ending) {
            uri.queryParam("ending", "true");
        }
        if (from != null) {
            uri.queryParam("from", from);
        }
        if (to != null) {
            uri.queryParam("to", to);
        }
        return uri.encode().build().toUriString();
    }

    /** The query string with {@code &} or {@code ?} ready for one more parameter. */
    public String queryAnd() {
        var query = query();
        return query.isEmpty() ? "?" : query + "&";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static UUID uuid(String value) {
        try {
            return blank(value) ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(String value) {
        try {
            return blank(value) ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E value(Class<E> type, String value) {
        try {
            return blank(value) ? null : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
