package se.samverka.collaboration;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.springframework.validation.Errors;

/** A document link: a title and an http or https address, nothing else (no javascript:, no file:). */
record DocumentForm(String title, String url) {

    DocumentForm {
        title = title == null ? "" : title.strip();
        url = url == null ? "" : url.strip();
    }

    static DocumentForm empty() {
        return new DocumentForm("", "");
    }

    void check(Errors errors) {
        if (title.isEmpty()) {
            errors.rejectValue("title", "collaboration.document.field.title.required");
        } else if (title.length() > 200) {
            errors.rejectValue("title", "collaboration.document.field.title.tooLong");
        }
        if (url.isEmpty()) {
            errors.rejectValue("url", "collaboration.document.field.url.required");
        } else if (url.length() > 2000 || link(url) == null) {
            errors.rejectValue("url", "collaboration.document.field.url.invalid");
        }
    }

    String urlValue() {
        return link(url);
    }

    /** The address with its scheme in lower case, or null unless it is an absolute http or https address. */
    static String link(String value) {
        try {
            var uri = new URI(value);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https"))
                    || uri.getHost() == null
                    || uri.getHost().isBlank()) {
                return null;
            }
            return scheme + value.substring(scheme.length());
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
