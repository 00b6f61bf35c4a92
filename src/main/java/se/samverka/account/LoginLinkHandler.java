package se.samverka.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.web.authentication.ott.OneTimeTokenGenerationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After a token was generated: hand it to the mail outbox if the address belongs to a volunteer, then show
 * the same "check your e-mail" page whatever the address, so the form reveals nobody's account.
 */
@Component
class LoginLinkHandler implements OneTimeTokenGenerationSuccessHandler {

    private final AccountManagement accounts;

    LoginLinkHandler(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, OneTimeToken token)
            throws IOException {
        accounts.loginLinkRequested(token.getUsername(), token.getTokenValue());
        response.sendRedirect(request.getContextPath() + "/login/lank-skickad");
    }
}
