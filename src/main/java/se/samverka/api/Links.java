package se.samverka.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

/** Links between the pages of a list: the same address with the next cursor. */
final class Links {

    private Links() {}

    static String next(HttpServletRequest request, String nextCursor) {
        if (nextCursor == null) {
            return null;
        }
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam("cursor", nextCursor)
                .build()
                .toUriString();
    }
}
