package se.samverka.account;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the login page whether to offer the municipality's sign-in, and under which name. */
@ControllerAdvice(assignableTypes = LoginController.class)
class SsoLoginPage {

    private final OidcSignIn oidc;

    SsoLoginPage(OidcSignIn oidc) {
        this.oidc = oidc;
    }

    @ModelAttribute("ssoOffered")
    boolean ssoOffered() {
        return oidc.staffSignInConfigured();
    }

    /** Volunteers whose e-ID is linked may sign in with it. */
    @ModelAttribute("eidOffered")
    boolean eidOffered() {
        return oidc.offers("eid");
    }

    @ModelAttribute("ssoName")
    String ssoName() {
        return oidc.staffSignInName();
    }
}
