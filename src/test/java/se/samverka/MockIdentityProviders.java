package se.samverka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.samverka.account.SamverkaUser;

/**
 * The municipality's identity provider and the e-ID broker, both played by NAV's mock-oauth2-server (issuers
 * {@code kommun} and {@code eid}), for the tests of both sign-ins: one configuration, so one Spring context. The
 * flow is the real one: Samverka's redirect, the provider's authorize endpoint over HTTP, the callback with code and
 * state, the code exchanged at the token endpoint and the ID token checked against the provider's keys.
 */
@IntegrationTest
public abstract class MockIdentityProviders {

    protected static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

    protected static final String CLIENT_ID = "samverka-test";

    /** NOT A SECRET: the e-ID hash key of the tests. */
    protected static final String HASH_KEY = "test-eid-hash-key-0123456789abcdef";

    /** Who the safeguarding record says made an e-ID check. */
    protected static final String BROKER = "Testmäklaren";

    static {
        PROVIDER.start();
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    protected MockMvc mvc;

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry registry) {
        registry.add(
                "samverka.sso.issuer-uri", () -> PROVIDER.issuerUrl("kommun").toString());
        registry.add("samverka.sso.client-id", () -> CLIENT_ID);
        registry.add("samverka.sso.client-secret", () -> "test-secret");
        registry.add("samverka.sso.name", () -> "Testkommunens inloggning");
        registry.add("samverka.sso.roles.coordinator", () -> "samordnare, socialtjanst-samordnare");
        registry.add("samverka.sso.roles.admin", () -> "samverka-admin");
        registry.add("samverka.sso.roles.privacy-officer", () -> "dataskydd");
        registry.add("samverka.sso.roles.department-representative", () -> "forvaltning");
        registry.add("samverka.eid.issuer-uri", () -> PROVIDER.issuerUrl("eid").toString());
        registry.add("samverka.eid.client-id", () -> CLIENT_ID);
        registry.add("samverka.eid.client-secret", () -> "test-secret");
        registry.add("samverka.eid.hash-key", () -> HASH_KEY);
        registry.add("samverka.eid.name", () -> BROKER);
    }

    /** Where the flow ended (the redirect after the callback) and the cookies the browser then has. */
    protected record Outcome(String location, Cookie[] cookies) {}

    /**
     * Walks the whole flow: {@code /oauth2/authorization/{registration}}, the provider's authorize endpoint (which
     * issues the next token with these claims), the callback.
     *
     * @param signedIn who is signed in during the flow, or null
     */
    protected Outcome flow(
            String registration, String issuer, String subject, Map<String, Object> claims, SamverkaUser signedIn)
            throws Exception {
        PROVIDER.enqueueCallback(
                new DefaultOAuth2TokenCallback(issuer, subject, "JWT", List.of(CLIENT_ID), claims, 3600));
        var jar = new LinkedHashMap<String, Cookie>();
        var start = mvc.perform(as(get("/oauth2/authorization/" + registration), signedIn))
                .andReturn()
                .getResponse();
        assertThat(start.getStatus()).as("redirect to the provider").isEqualTo(302);
        Arrays.stream(start.getCookies()).forEach(cookie -> jar.put(cookie.getName(), cookie));
        var authorize = URI.create(start.getRedirectedUrl());
        assertThat(authorize.toString()).startsWith(PROVIDER.issuerUrl(issuer).toString());
        var answer = HTTP.send(HttpRequest.newBuilder(authorize).GET().build(), HttpResponse.BodyHandlers.discarding());
        assertThat(answer.statusCode())
                .as("the provider sends the browser back")
                .isEqualTo(302);
        var callback = URI.create(answer.headers().firstValue("Location").orElseThrow());
        assertThat(callback.getPath()).isEqualTo("/login/oauth2/code/" + registration);
        var done = mvc.perform(as(get(callback), signedIn).cookie(jar.values().toArray(Cookie[]::new)))
                .andReturn()
                .getResponse();
        Arrays.stream(done.getCookies()).forEach(cookie -> jar.put(cookie.getName(), cookie));
        return new Outcome(done.getRedirectedUrl(), jar.values().toArray(Cookie[]::new));
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, SamverkaUser user) {
        return user == null
                ? request
                : request.with(
                        authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities())));
    }
}
