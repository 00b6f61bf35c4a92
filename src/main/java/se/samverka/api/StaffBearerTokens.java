package se.samverka.api;

import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.stereotype.Component;
import se.samverka.account.Role;
import se.samverka.account.SsoStaff;

/**
 * A staff member's bearer token from the municipality's identity provider (the staff sign-in's, {@code
 * samverka.sso.*}): its signature checked against the provider's published keys (found through the discovery
 * document at the first token, then cached by Nimbus), its issuer, its expiry and its audience; then the staff
 * account the person is linked to by their sign-in to Samverka (issuer and subject). Nothing is created or changed:
 * a person who never signed in has no account here. Only spring-security-oauth2-jose, which the OIDC client already
 * brings: no resource server.
 */
@Component
class StaffBearerTokens {

    static final String PROBLEM = "https://samverka.se/problem/bearer-token";

    static final String NOT_CONFIGURED = "https://samverka.se/problem/bearer-not-configured";

    private static final Logger log = LoggerFactory.getLogger(StaffBearerTokens.class);

    /** Three base64url parts: a signed JWT; the API's own keys ({@code samv_}, {@code samvs_}) have no dots. */
    private static final Pattern COMPACT_JWS = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

    /** Who calls with a staff member's token: the account (for logs and the rate limit), never the token. */
    record StaffUser(UUID accountId, Role role) {

        @Override
        public String toString() {
            return "staff-account:" + accountId;
        }
    }

    /** Why a token was refused, in the API's own fixed words (never the library's, never the token). */
    static final class Refused extends Exception {

        private final HttpStatus status;
        private final String type;

        Refused(HttpStatus status, String detail, String type) {
            super(detail, null, false, false);
            this.status = status;
            this.type = type;
        }

        HttpStatus status() {
            return status;
        }

        String type() {
            return type;
        }
    }

    private final SsoStaff sso;
    private final JwtDecoder decoder;

    StaffBearerTokens(SsoStaff sso, ApiProperties properties) {
        this.sso = sso;
        this.decoder = sso.provider()
                .map(provider -> decoder(provider.issuerUri(), properties.audienceOr(provider.clientId())))
                .orElse(null);
    }

    /** Whether the credential has the form of a signed JWT (and not of a Samverka key). */
    static boolean looksLikeJwt(String credential) {
        return credential.length() <= 16_384 && COMPACT_JWS.matcher(credential).matches();
    }

    /** The staff member the token names; {@link Refused} with a 401 (or a 503 when the provider is unreachable). */
    StaffUser authenticate(String token) throws Refused {
        if (decoder == null) {
            throw new Refused(
                    HttpStatus.UNAUTHORIZED,
                    "Bearer tokens of an identity provider are not accepted: no staff sign-in provider is configured "
                            + "(samverka.sso.*). Use a staff key",
                    NOT_CONFIGURED);
        }
        Jwt jwt;
        try {
            jwt = decoder.decode(token);
        } catch (BadJwtException invalid) {
            log.info("A bearer token on the API was refused: {}", invalid.getMessage());
            throw new Refused(
                    HttpStatus.UNAUTHORIZED,
                    "The token is not valid: forged, expired, or issued by another provider or for another audience",
                    PROBLEM);
        } catch (JwtException | JwtDecoderInitializationException unreachable) {
            log.warn("The identity provider's keys could not be read to check a bearer token", unreachable);
            throw new Refused(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "The identity provider could not be reached to check the token; try again later",
                    PROBLEM);
        }
        var member = sso.linked(jwt.getClaimAsString(JwtClaimNames.ISS), jwt.getSubject())
                .filter(SsoStaff.Member::enabled);
        if (member.isEmpty()) {
            log.info("A valid bearer token on the API names no enabled staff account");
            throw new Refused(
                    HttpStatus.UNAUTHORIZED,
                    "The token names no active staff account: sign in to Samverka once with the municipality's "
                            + "identity provider, or ask an administrator",
                    PROBLEM);
        }
        return new StaffUser(member.get().accountId(), member.get().role());
    }

    /**
     * Checks the signature by the issuer's keys, then the issuer, the times (an expiry is required; a minute's clock
     * skew as Spring Security allows) and the audience. The provider is asked at the first token, not at start, so
     * that the application starts while it is away.
     */
    private static JwtDecoder decoder(String issuer, String audience) {
        return new SupplierJwtDecoder(() -> {
            var decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
            var times = new JwtTimestampValidator();
            times.setAllowEmptyExpiryClaim(false);
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<Jwt>(
                    new JwtIssuerValidator(issuer), times, new JwtAudienceValidator(audience)));
            return decoder;
        });
    }
}
