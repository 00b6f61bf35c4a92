package se.samverka.collaboration;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where a document lies: an absolute http or https address with a host, its scheme in lower case. Nothing else
 * (no javascript:, no file:), so that a link on the agreement's page cannot run code or reach the reader's disk.
 */
record DocumentUrl(String value) {

    DocumentUrl {
        if (value == null || !value.equals(normalised(value))) {
            throw new IllegalArgumentException("Only http and https links");
        }
    }

    /** The address as typed, with its scheme in lower case. */
    static DocumentUrl of(String text) {
        var link = text == null ? null : normalised(text);
        if (link == null) {
            throw new IllegalArgumentException("Only http and https links");
        }
        return new DocumentUrl(link);
    }

    static boolean isValid(String text) {
        return text != null && normalised(text) != null;
    }

    private static String normalised(String value) {
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
