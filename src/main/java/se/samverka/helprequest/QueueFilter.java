package se.samverka.helprequest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.web.util.UriComponentsBuilder;
import se.samverka.shared.HelpKind;

/**
 * The queue's filters as they arrive in the address. {@code status} is a status name or {@code ACTIVE}
 * (new, open and assigned together), the default.
 */
record QueueFilter(String status, String district, HelpKind kind, LocalDate from, LocalDate to, Integer page) {

    static final String ACTIVE = "ACTIVE";

    static final Set<HelpRequestStatus> ACTIVE_STATUSES =
            EnumSet.of(HelpRequestStatus.NEW, HelpRequestStatus.OPEN, HelpRequestStatus.ASSIGNED);

    QueueFilter {
        status = isStatus(status) ? status : ACTIVE;
        district = district == null || district.isBlank() ? null : district;
        page = page == null || page < 1 ? 1 : page;
    }

    /**
     * Reads the address leniently: a value nobody could have chosen in the form (a hand-edited address) is
     * dropped and the rest still applies, rather than an error page.
     */
    static QueueFilter parse(String status, String district, String kind, String from, String to, String page) {
        return new QueueFilter(
                status,
                district,
                attempt(() -> HelpKind.valueOf(kind)),
                attempt(() -> LocalDate.parse(from)),
                attempt(() -> LocalDate.parse(to)),
                attempt(() -> Integer.valueOf(page)));
    }

    private static <T> T attempt(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (RuntimeException e) {
            return null;
        }
    }

    Set<HelpRequestStatus> statuses() {
        return ACTIVE.equals(status) ? ACTIVE_STATUSES : EnumSet.of(HelpRequestStatus.valueOf(status));
    }

    public boolean hasFilters() {
        return district != null || kind != null || from != null || to != null;
    }

    /** The address of this tab with every filter removed. */
    public String clearedLink() {
        return new QueueFilter(status, null, null, null, null, 1).link(status, 1);
    }

    /** The address of this view with another tab or page; only the filters that are set appear. */
    public String link(String otherStatus, int otherPage) {
        var uri = UriComponentsBuilder.fromPath("/samordning");
        if (!ACTIVE.equals(otherStatus)) {
            uri.queryParam("status", otherStatus);
        }
        if (district != null) {
            uri.queryParam("district", district);
        }
        if (kind != null) {
            uri.queryParam("kind", kind.name());
        }
        if (from != null) {
            uri.queryParam("from", from.toString());
        }
        if (to != null) {
            uri.queryParam("to", to.toString());
        }
        if (otherPage > 1) {
            uri.queryParam("page", otherPage);
        }
        return uri.build().encode().toUriString();
    }

    private static boolean isStatus(String value) {
        return Arrays.stream(HelpRequestStatus.values()).anyMatch(s -> s.name().equals(value));
    }
}
