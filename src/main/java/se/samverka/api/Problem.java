package se.samverka.api;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.http.ProblemDetail;

/**
 * The documented error answers of the API, each an RFC 9457 problem ({@link ApiProblems}): one annotation per status
 * with the description as its value, so an operation says only what is particular to it. springdoc reads the
 * {@link ApiResponse} underneath through Spring's merged annotations, the status and description set by
 * {@link AliasFor}.
 */
final class Problem {

    private Problem() {}

    /** A problem answer with this status code. */
    @Target(ElementType.ANNOTATION_TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @ApiResponse(
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @interface Response {
        @AliasFor(annotation = ApiResponse.class, attribute = "responseCode")
        String status();

        @AliasFor(annotation = ApiResponse.class, attribute = "description")
        String description() default "";
    }

    /** A bad parameter or a broken rule; nothing was changed. */
    @Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @Response(status = "400")
    @interface BadRequest {
        @AliasFor(annotation = Response.class, attribute = "description")
        String value();
    }

    /** No credential, or one that is not valid. */
    @Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @Response(status = "401")
    @interface Unauthorized {
        @AliasFor(annotation = Response.class, attribute = "description")
        String value();
    }

    /** A valid credential that may not do this. */
    @Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @Response(status = "403")
    @interface Forbidden {
        @AliasFor(annotation = Response.class, attribute = "description")
        String value();
    }

    /** Nothing of the caller's by that id; another organisation's data is not found either. */
    @Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @Response(status = "404")
    @interface NotFound {
        @AliasFor(annotation = Response.class, attribute = "description")
        String value();
    }

    /** The state changed meanwhile: the answer says how. */
    @Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @Response(status = "409")
    @interface Conflict {
        @AliasFor(annotation = Response.class, attribute = "description")
        String value();
    }
}
