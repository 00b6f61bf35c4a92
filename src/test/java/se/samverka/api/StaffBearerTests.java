package se.samverka.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import se.samverka.MockIdentityProviders;

/**
 * A staff member's token from the municipality's identity provider on the staff API: checked against the provider's
 * keys, issuer, expiry and audience, then mapped by issuer and subject to the account their SSO sign-in made. The same
 * provider configuration as the sign-in tests, so the same Spring context.
 */
class StaffBearerTests extends MockIdentityProviders {

    static final String ISSUER = "kommun";

    static final String OVERVIEW = "/api/v1/staff/overview";

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLinkedAdministratorOrDepartmentRepresentativeReadsTheFiguresWithoutASession() throws Exception {
        for (var group : List.of("samverka-admin", "forvaltning")) {
            var subject = signedIn(group);

            var response = overview(token(subject, List.of(CLIENT_ID), 3600));

            assertThat(response.getStatus()).as(group).isEqualTo(200);
            assertThat(JsonPath.<Integer>read(response.getContentAsString(), "$.sections.length()"))
                    .isPositive();
            assertThat(JsonPath.<String>read(response.getContentAsString(), "$.sections[0].figures[0].key"))
                    .isNotBlank();
            assertThat(response.getCookies()).as("no session, no cookie").isEmpty();
            assertThat(response.getHeaders("Set-Cookie")).isEmpty();
        }
    }

    @Test
    void anExpiredForgedOrTamperedTokenOrOneForAnotherAudienceOrIssuerIsRefusedWith401() throws Exception {
        var subject = signedIn("samverka-admin");
        var valid = PROVIDER.issueToken(ISSUER, CLIENT_ID, callback(ISSUER, subject, List.of(CLIENT_ID), 3600));
        assertThat(overview(valid.serialize()).getStatus()).isEqualTo(200);

        var forged = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(valid.getHeader().getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                valid.getJWTClaimsSet());
        forged.sign(new RSASSASigner(new RSAKeyGenerator(2048).generate()));
        var parts = valid.serialize().split("\\.");
        var otherPayload = PROVIDER.issueToken(
                        ISSUER, CLIENT_ID, callback(ISSUER, "sub-" + UUID.randomUUID(), List.of(CLIENT_ID), 3600))
                .serialize()
                .split("\\.")[1];
        var tampered = parts[0] + "." + otherPayload + "." + parts[2];

        var expired = expired(subject);
        // signed by the right key, but its iss names another provider
        // (the mock names the issuer by the address it is given and picks the key by the issuer id in it)
        var otherIssuer = PROVIDER.anyToken(
                PROVIDER.issuerUrl(ISSUER).newBuilder().addPathSegment("token").build(),
                Map.of("sub", subject, "aud", CLIENT_ID),
                java.time.Duration.ofHours(1));
        assertThat(otherIssuer.getJWTClaimsSet().getIssuer())
                .isNotEqualTo(valid.getJWTClaimsSet().getIssuer());
        assertThat(otherIssuer.getHeader().getKeyID())
                .isEqualTo(valid.getHeader().getKeyID());
        var refused = Map.of(
                "expired", expired,
                "another audience", token(subject, List.of("another-client"), 3600),
                "another issuer",
                        PROVIDER.issueToken("andra", CLIENT_ID, callback("andra", subject, List.of(CLIENT_ID), 3600))
                                .serialize(),
                "iss of another provider", otherIssuer.serialize(),
                "signed by another key", forged.serialize(),
                "payload swapped", tampered);
        for (var token : refused.entrySet()) {
            var response = overview(token.getValue());
            assertThat(response.getStatus()).as(token.getKey()).isEqualTo(401);
            assertThat(response.getContentType()).startsWith("application/problem+json");
            assertThat(response.getHeader("WWW-Authenticate")).contains("invalid_token");
            assertThat(JsonPath.<String>read(response.getContentAsString(), "$.type"))
                    .isEqualTo(StaffBearerTokens.PROBLEM);
            assertThat(response.getContentAsString()).as("never the token").doesNotContain(token.getValue());
            assertThat(response.getCookies()).isEmpty();
        }
    }

    @Test
    void aPersonWithoutAnAccountOrWithADisabledOneIs401AndARoleThatDoesNotSeeTheOverviewIs403() throws Exception {
        var stranger = overview(token("sub-" + UUID.randomUUID(), List.of(CLIENT_ID), 3600));
        assertThat(stranger.getStatus()).as("never signed in to Samverka").isEqualTo(401);
        assertThat(JsonPath.<String>read(stranger.getContentAsString(), "$.detail"))
                .contains("no active staff account");

        var coordinator = signedIn("samordnare");
        var forbidden = overview(token(coordinator, List.of(CLIENT_ID), 3600));
        assertThat(forbidden.getStatus())
                .as("coordinators do not see /samverkan/oversikt either")
                .isEqualTo(403);
        assertThat(forbidden.getContentType()).startsWith("application/problem+json");

        // a department representative: an administrator could be the last enabled one, which the database keeps
        var representative = signedIn("forvaltning");
        var token = token(representative, List.of(CLIENT_ID), 3600);
        assertThat(mvc.perform(get("/api/v1/organisation/efforts").header("Authorization", "Bearer " + token))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("a staff member is no organisation")
                .isEqualTo(403);
        assertThat(overview(token).getStatus()).isEqualTo(200);
        jdbc.sql("UPDATE account SET enabled = FALSE WHERE id = (SELECT account_id FROM account_sso_identity "
                        + "WHERE subject = ?)")
                .param(representative)
                .update();
        assertThat(overview(token).getStatus())
                .as("the same token once the account is disabled")
                .isEqualTo(401);
    }

    /** A person signed in once through the municipality's provider with this group; their subject. */
    private String signedIn(String group) throws Exception {
        var subject = "sub-" + UUID.randomUUID();
        var outcome = flow(
                "sso",
                ISSUER,
                subject,
                Map.of("name", "Bea Bärare", "email", subject + "@kommun.example", "groups", List.of(group)),
                null);
        assertThat(outcome.location()).isEqualTo("/start");
        return subject;
    }

    /** Issued two hours ago, expired ten minutes ago: well-formed, only too old. */
    private static String expired(String subject) throws Exception {
        var now = System.currentTimeMillis();
        var token = PROVIDER.issueToken(
                ISSUER,
                CLIENT_ID,
                new DefaultOAuth2TokenCallback(
                        ISSUER,
                        subject,
                        "JWT",
                        List.of(CLIENT_ID),
                        Map.of("iat", new Date(now - 7_200_000), "nbf", new Date(now - 7_200_000)),
                        -600));
        var claims = token.getJWTClaimsSet();
        assertThat(claims.getIssueTime()).isBefore(claims.getExpirationTime());
        assertThat(claims.getExpirationTime()).isBefore(new Date(now));
        return token.serialize();
    }

    private static String token(String subject, List<String> audience, long expiry) {
        return PROVIDER.issueToken(ISSUER, CLIENT_ID, callback(ISSUER, subject, audience, expiry))
                .serialize();
    }

    private static DefaultOAuth2TokenCallback callback(
            String issuer, String subject, List<String> audience, long expiry) {
        return new DefaultOAuth2TokenCallback(issuer, subject, "JWT", audience, Map.of(), expiry);
    }

    private MockHttpServletResponse overview(String token) throws Exception {
        return mvc.perform(get(OVERVIEW).header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse();
    }
}
