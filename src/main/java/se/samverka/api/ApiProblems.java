package se.samverka.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import se.samverka.shared.NotFoundException;

/**
 * Every error of the API as an RFC 9457 problem detail ({@code application/problem+json}); a bad parameter names
 * the field in {@code errors}. Nothing an API client sends ends in a 500.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    static final URI BAD_PARAMETER = URI.create("https://samverka.se/problem/bad-parameter");

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    /** One field that was wrong, and why. */
    record FieldError(String field, String message) {}

    /** A bad value the API found itself, with the fields it concerns. */
    static final class BadParameters extends RuntimeException {

        private final List<FieldError> errors;

        BadParameters(List<FieldError> errors) {
            super("Bad parameters " + errors);
            this.errors = errors;
        }

        BadParameters(String field, String message) {
            this(List.of(new FieldError(field, message)));
        }
    }

    static ProblemDetail badRequest(List<FieldError> errors) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "One or more parameters are not valid");
        problem.setType(BAD_PARAMETER);
        problem.setTitle("Bad parameter");
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler
    ProblemDetail badParameters(BadParameters e) {
        return badRequest(e.errors);
    }

    @ExceptionHandler
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        var type = e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName();
        return badRequest(List.of(new FieldError(e.getName(), "not a valid " + type)));
    }

    @ExceptionHandler
    ProblemDetail missing(MissingServletRequestParameterException e) {
        return badRequest(List.of(new FieldError(e.getParameterName(), "is required")));
    }

    @ExceptionHandler
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        return badRequest(e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), f.getDefaultMessage()))
                .toList());
    }

    @ExceptionHandler
    ProblemDetail invalid(HandlerMethodValidationException e) {
        return badRequest(e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> new FieldError(r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList());
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return badRequest(List.of(new FieldError("body", "not readable as JSON of the documented shape")));
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    /** A bug: logged with its stack trace, answered without one. */
    @ExceptionHandler
    ProblemDetail unexpected(RuntimeException e) {
        log.error("API request failed", e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong");
    }

    /** A problem written by a filter, before any controller: the detail is one of the API's own fixed texts. */
    static void write(HttpServletResponse response, HttpStatus status, String detail, String type) throws IOException {
        write(response, status, detail, type, Map.of());
    }

    static void write(
            HttpServletResponse response, HttpStatus status, String detail, String type, Map<String, Long> more)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        var json = new StringBuilder("{\"type\":\"" + (type == null ? "about:blank" : type) + "\",\"title\":\""
                + status.getReasonPhrase() + "\",\"status\":" + status.value() + ",\"detail\":\""
                + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        more.forEach((k, v) -> json.append(",\"").append(k).append("\":").append(v));
        response.getWriter().write(json.append('}').toString());
    }
}
