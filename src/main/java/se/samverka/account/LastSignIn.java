package se.samverka.account;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Records when a staff member last signed in, so that /admin/konton can flag accounts nobody uses any more. */
@Component
class LastSignIn {

    private final StaffAccountQueries accounts;
    private final Clock clock;

    LastSignIn(StaffAccountQueries accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SamverkaUser user
                && user.role().isStaff()) {
            accounts.signedIn(user.accountId(), clock.instant());
        }
    }
}
