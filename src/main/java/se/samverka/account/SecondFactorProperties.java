package se.samverka.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The second factor of local staff accounts, {@code samverka.account.second-factor.*}.
 *
 * @param required whether staff who signed in with a password also need the e-mailed code (default on; only the
 *     bulk of the test suite switches it off, the dedicated tests and the demo keep it on)
 * @param codeValidity how long a code may be used
 * @param attemptsPerCode wrong tries after which a code no longer counts
 * @param codesPerWindow how many codes one account may be sent per {@code window}
 * @param window the period of {@code codesPerWindow}
 * @param showCodeOnPage the demo only: the code page shows the code (no e-mail leaves the demo)
 * @param adminEmail with {@code samverka.account.initial-admin-username}: the address that administrator's codes go
 *     to, set at start (environment SAMVERKA_ADMIN_EMAIL; the recovery path when an administrator lost theirs)
 */
@ConfigurationProperties("samverka.account.second-factor")
record SecondFactorProperties(
        @DefaultValue("true") boolean required,
        @DefaultValue("10m") Duration codeValidity,
        @DefaultValue("5") int attemptsPerCode,
        @DefaultValue("5") int codesPerWindow,
        @DefaultValue("15m") Duration window,
        @DefaultValue("false") boolean showCodeOnPage,
        String adminEmail) {}
