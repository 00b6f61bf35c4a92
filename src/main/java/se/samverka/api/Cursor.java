package se.samverka.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Where the next page starts: the sort key of the last item on this page, opaque to clients (base64url of
 * {@code key|id}). A page that changes between requests never repeats or skips an item, as an offset would.
 */
record Cursor(String key, UUID id) {

    String encode() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((key + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor in the parameter, null for none; a cursor the API did not write is a bad parameter. */
    static Cursor decode(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            var text = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
            var bar = text.lastIndexOf('|');
            return new Cursor(text.substring(0, bar), UUID.fromString(text.substring(bar + 1)));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw new ApiProblems.BadParameters("cursor", "not a cursor from this API");
        }
    }
}
