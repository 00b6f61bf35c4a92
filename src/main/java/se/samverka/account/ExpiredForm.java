package se.samverka.account;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * A public form that came back without a valid security (CSRF) token: the browser lost its token cookie, or the
 * page was left open across a restart of the browser. Instead of a "forbidden" page that loses everything typed,
 * {@link ExpiredFormHandler} hands the request to the form's own POST handler marked as expired; the handler shows
 * the form again with every value kept and stores nothing, and the person sends it once more with a fresh token.
 */
public final class ExpiredForm {

    static final String ATTRIBUTE = ExpiredForm.class.getName();

    /** The model attribute the layout shows its one-line explanation for. */
    public static final String MODEL_ATTRIBUTE = "expiredForm";

    /** The public forms whose POST handlers check {@link #isExpired}: only these are handed on. */
    static final Set<String> FORMS = Set.of("/be-om-hjalp", "/bli-volontar", "/kris/anmal");

    private ExpiredForm() {}

    /** True when this POST is an expired public form that must be shown again, not acted on. */
    public static boolean isExpired(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(ATTRIBUTE));
    }
}
