package se.samverka.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A path under {@code /api/v1} that no route answers gets a problem detail like every other refusal of the API,
 * not the HTML error page meant for people. Every named route is more specific and wins; a known path asked with a
 * method it does not take lands here too and is answered 404 with the method named.
 */
@Hidden
@RestController
class UnknownApiPath {

    /** The catch-all route: not an operation of the API, so not in its OpenAPI document. */
    static final String PATTERN = "/api/v1/**";

    @RequestMapping(PATTERN)
    ResponseEntity<ProblemDetail> unknown(HttpServletRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND, "No API route answers " + request.getMethod() + " on this path; see /api/docs");
        problem.setTitle("Not Found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }
}
