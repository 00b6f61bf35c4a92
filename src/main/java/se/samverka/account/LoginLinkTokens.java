package se.samverka.account;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.JdbcOneTimeTokenService;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.web.authentication.ott.DefaultGenerateOneTimeTokenRequestResolver;
import org.springframework.security.web.authentication.ott.GenerateOneTimeTokenRequestResolver;
import se.samverka.shared.LoginName;

/**
 * The tokens behind e-mailed login links: kept in the database, so that any instance redeems a link another one
 * sent, and named by the account's normalised login name. The filter chain ({@link SecurityConfig}) uses them.
 */
@Configuration(proxyBeanMethods = false)
class LoginLinkTokens {

    /** How long an e-mailed login link is valid. */
    static final Duration LOGIN_LINK_VALIDITY = Duration.ofMinutes(15);

    @Bean
    OneTimeTokenService oneTimeTokenService(JdbcTemplate jdbcTemplate) {
        return new JdbcOneTimeTokenService(jdbcTemplate);
    }

    @Bean
    GenerateOneTimeTokenRequestResolver generateOneTimeTokenRequestResolver() {
        var resolver = new DefaultGenerateOneTimeTokenRequestResolver();
        resolver.setExpiresIn(LOGIN_LINK_VALIDITY);
        // the token names the account in the one form the lookup and the rate limits use
        return request -> {
            var generate = resolver.resolve(request);
            return generate == null
                    ? null
                    : new GenerateOneTimeTokenRequest(
                            LoginName.normalise(generate.getUsername()), generate.getExpiresIn());
        };
    }
}
