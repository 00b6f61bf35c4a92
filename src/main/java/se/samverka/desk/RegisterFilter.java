package se.samverka.desk;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.springframework.web.util.UriComponentsBuilder;
import se.samverka.onboarding.OnboardingStep;
import se.samverka.shared.HelpKind;

/** The register's filters as they arrive in the address; a value nobody could have chosen is dropped. */
record RegisterFilter(
        String q,
        String district,
        HelpKind kind,
        String language,
        CheckFilter check,
        RegisterStatus status,
        LocalDate from,
        LocalDate to,
        OnboardingStep step,
        int page) {

    static final String PATH = "/samordning/volontarer";

    RegisterFilter {
        q = q == null || q.isBlank() ? null : q.strip();
        q = q != null && q.length() > 100 ? q.substring(0, 100) : q;
        district = district == null || district.isBlank() ? null : district;
        language = language == null || language.isBlank() ? null : language;
        page = Math.max(1, page);
    }

    static RegisterFilter parse(
            String q,
            String district,
            String kind,
            String language,
            String check,
            String status,
            String from,
            String to,
            String step,
            String page) {
        Integer number = attempt(() -> Integer.valueOf(page));
        return new RegisterFilter(
                q,
                district,
                attempt(() -> HelpKind.valueOf(kind)),
                language,
                attempt(() -> CheckFilter.valueOf(check)),
                attempt(() -> RegisterStatus.valueOf(status)),
                attempt(() -> LocalDate.parse(from)),
                attempt(() -> LocalDate.parse(to)),
                attempt(() -> OnboardingStep.valueOf(step)),
                number == null ? 1 : number);
    }

    private static <T> T attempt(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (RuntimeException e) {
            return null;
        }
    }

    public boolean hasFilters() {
        return q != null
                || district != null
                || kind != null
                || language != null
                || check != null
                || status != null
                || from != null
                || to != null
                || step != null;
    }

    /** This view on another page. */
    public String link(int otherPage) {
        return encoded(uri(PATH, otherPage));
    }

    /** This view with every checkbox on the page ticked. */
    public String selectAllLink() {
        return encoded(uri(PATH, page).queryParam("alla", "1"));
    }

    /** The same filter as a CSV file. */
    public String exportLink() {
        return encoded(uri(PATH + "/export", 1));
    }

    /** The same filter as an Excel workbook. */
    public String xlsxLink() {
        return encoded(uri(PATH + "/export.xlsx", 1));
    }

    /** A '+' typed in the search (a phone number) must not come back as a space. */
    private static String encoded(UriComponentsBuilder uri) {
        return uri.build().encode().toUriString().replace("+", "%2B");
    }

    private UriComponentsBuilder uri(String path, int otherPage) {
        var uri = UriComponentsBuilder.fromPath(path);
        if (q != null) {
            uri.queryParam("q", q);
        }
        if (district != null) {
            uri.queryParam("district", district);
        }
        if (kind != null) {
            uri.queryParam("kind", kind.name());
        }
        if (language != null) {
            uri.queryParam("language", language);
        }
        if (check != null) {
            uri.queryParam("check", check.name());
        }
        if (status != null) {
            uri.queryParam("status", status.name());
        }
        if (from != null) {
            uri.queryParam("from", from.toString());
        }
        if (to != null) {
            uri.queryParam("to", to.toString());
        }
        if (step != null) {
            uri.queryParam("step", step.name());
        }
        if (otherPage > 1) {
            uri.queryParam("page", otherPage);
        }
        return uri;
    }
}
