package se.samverka.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.test.context.ActiveProfiles;
import se.samverka.account.AccountManagement;
import se.samverka.shared.EmailAddress;

/**
 * Real HTTP, so that the container runs: its error page (too many posts get 429, Retry-After and the friendly
 * page in the user's language; low limits here, each test uses its own kind so they do not meet), its handling
 * of a TLS-terminating proxy's forwarded headers, and its Server header.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "samverka.security.rate-limit.forms-per-ip.requests=3",
            "samverka.security.rate-limit.forms-per-ip.period=10m",
            "samverka.security.rate-limit.links-per-ip.requests=100",
            "samverka.security.rate-limit.links-per-email.requests=2",
            "samverka.security.rate-limit.links-per-email.period=10m",
            "samverka.security.rate-limit.logins-per-ip.requests=100",
            "samverka.security.rate-limit.logins-per-username.requests=2",
            "samverka.security.rate-limit.logins-per-username.period=10m",
            "samverka.web.base-url=https://samverka.example.se"
        })
@ActiveProfiles("test")
class HttpSecurityTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    OneTimeTokenService oneTimeTokens;

    final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void publicFormPostsFromOneAddressAreLimitedWithRetryAfterAndAFriendlyPageInTheUsersLanguage() throws Exception {
        var csrf = csrfFrom(get("/be-om-hjalp?lang=en"));
        for (int i = 0; i < 3; i++) {
            // empty forms: shown again with their errors, but counted all the same
            var allowed = post("/be-om-hjalp", "residentName=&_csrf=" + csrf);
            assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(200);
        }
        var refused = post("/be-om-hjalp", "residentName=&_csrf=" + csrf);
        assertThat(refused.statusCode()).isEqualTo(429);
        var retryAfter =
                Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 600L);
        assertThat(refused.body())
                .contains("Too many attempts")
                .contains("Please wait a moment")
                .doesNotContain("Exception")
                .doesNotContain("at se.samverka");
        // the limit is per address, not per form
        assertThat(post("/bli-volontar", "name=&_csrf=" + csrf).statusCode()).isEqualTo(429);

        get("/?lang=sv");
        var swedish = post("/foreningar/ansok", "name=&_csrf=" + csrf);
        assertThat(swedish.statusCode()).isEqualTo(429);
        assertThat(swedish.body()).contains("För många försök").contains("Vänta en stund");
        // reading pages is not limited
        assertThat(get("/be-om-hjalp").statusCode()).isEqualTo(200);
    }

    @Test
    void loginLinkRequestsForOneAddressAreLimitedWhateverTheCase() throws Exception {
        var csrf = csrfFrom(get("/login"));
        var email = "limit-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
        for (int i = 0; i < 2; i++) {
            var sent = post("/ott/generate", "username=" + encode(email) + "&_csrf=" + csrf);
            assertThat(sent.statusCode()).isEqualTo(302);
            assertThat(sent.headers().firstValue("Location").orElse("")).endsWith("/login/lank-skickad");
        }
        var refused = post("/ott/generate", "username=" + encode(email.toUpperCase()) + "&_csrf=" + csrf);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains("För många försök");
        // another address from the same client still gets its link
        var other = post("/ott/generate", "username=" + encode("other-" + email) + "&_csrf=" + csrf);
        assertThat(other.statusCode()).isEqualTo(302);
    }

    @Test
    void staffLoginAttemptsForOneUsernameAreLimited() throws Exception {
        var csrf = csrfFrom(get("/login"));
        var username = "guess-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 2; i++) {
            var failed = post("/login", "username=" + username + "&password=wrong&_csrf=" + csrf);
            assertThat(failed.statusCode()).isEqualTo(302);
            assertThat(failed.headers().firstValue("Location").orElse("")).endsWith("/login?fel=losenord");
        }
        var refused = post("/login", "username=" + username + "&password=wrong&_csrf=" + csrf);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains("För många försök");
    }

    /** The second factor's code step is counted per client address with the password logins (logins-per-ip). */
    @Test
    void codeStepPostsFromOneAddressAreLimitedLikeLogins() throws Exception {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var address = "198.51.100." + (1 + new java.util.Random().nextInt(250));
        var username = "kod-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createStaffAccount(username, "ett långt lösenord", se.samverka.account.Role.COORDINATOR, "Kod");
        var login = send(client, address, "/login", null);
        var signedIn = send(
                client,
                address,
                "/login",
                "username=" + username + "&password=" + URLEncoder.encode("ett långt lösenord", StandardCharsets.UTF_8)
                        + "&_csrf=" + csrfFrom(login));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        var csrf = csrfFrom(send(client, address, "/login", null));
        var statuses = new java.util.ArrayList<Integer>();
        HttpResponse<String> last = null;
        for (int i = 0; i < 300 && (last == null || last.statusCode() != 429); i++) {
            last = send(client, address, "/login/kod", "code=000000&_csrf=" + csrf);
            statuses.add(last.statusCode());
        }
        assertThat(statuses.get(0)).isEqualTo(302);
        assertThat(last.statusCode()).as("after %d posts", statuses.size()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
    }

    private HttpResponse<String> send(HttpClient client, String address, String path, String form) throws Exception {
        var request =
                HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").header("X-Forwarded-For", address);
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aSpaceOfAnotherKindAfterTheUsernameCountsAgainstTheSameLimit() throws Exception {
        // the review: "coach@example.se" + U+2003 got a fresh counter and logged in after the plain name was throttled
        var csrf = csrfFrom(get("/login"));
        var username = "space-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 2; i++) {
            assertThat(post("/login", "username=" + username + "&password=wrong&_csrf=" + csrf)
                            .statusCode())
                    .isEqualTo(302);
        }
        for (var variant : new String[] {username + "\u2003", "\u00a0" + username.toUpperCase(), username + "\u3000"}) {
            var refused = post("/login", "username=" + encode(variant) + "&password=wrong&_csrf=" + csrf);
            assertThat(refused.statusCode()).as(variant).isEqualTo(429);
        }
        var email = "space-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
        for (int i = 0; i < 2; i++) {
            assertThat(post("/ott/generate", "username=" + encode(email) + "&_csrf=" + csrf)
                            .statusCode())
                    .isEqualTo(302);
        }
        assertThat(post("/ott/generate", "username=" + encode(email + "\u2003") + "&_csrf=" + csrf)
                        .statusCode())
                .isEqualTo(429);
    }

    @Test
    void theIdeaFormIsLimitedLikeTheOtherPublicForms() throws Exception {
        // the review: 15 posts in 1.6 s each sent a receipt with the attacker's text to any address
        var csrf = csrfFrom(get("/ideer/ny"));
        for (int i = 0; i < 3; i++) {
            var allowed = postFrom("198.51.100.14", "/ideer/ny", "title=&_csrf=" + csrf);
            assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(200);
        }
        var refused = postFrom("198.51.100.14", "/ideer/ny", "title=&_csrf=" + csrf);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void aFirewallRefusalGetsTheFriendlyPageAndTheSecurityHeaders() throws Exception {
        for (var path : new String[] {"/be-om-hjalp;jsessionid=1", "//be-om-hjalp", "/be-om-hjalp/%25"}) {
            var refused = get(path);
            assertThat(refused.statusCode()).as(path).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .isPresent();
            assertThat(refused.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .hasValue("nosniff");
            assertThat(refused.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(refused.body()).as(path).contains("Något gick fel").doesNotContain("Apache Tomcat");
        }
    }

    @Test
    void aMalformedMultipartBodyGetsTheFriendlyPageAndTheSecurityHeaders() throws Exception {
        // a form that is not shown again when its token cannot be read (account/ExpiredForm), and so not counted
        var csrf = csrfFrom(get("/foreningar/ansok"));
        var response = http.send(
                HttpRequest.newBuilder(uri("/foreningar/ansok"))
                        .header("Accept", "text/html")
                        .header("Content-Type", "multipart/form-data; boundary=XX")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "--XX\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isBetween(400, 403);
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(response.body()).doesNotContain("Apache Tomcat").doesNotContain("Exception");
    }

    @Test
    void aForgedHostHeaderIsNeverReflectedInARedirect() throws Exception {
        for (var path : new String[] {"/samordning", "/mina-sidor/profil"}) {
            try (var socket = new java.net.Socket("localhost", port)) {
                var out = socket.getOutputStream();
                out.write(("GET " + path + " HTTP/1.1\r\nHost: evil.example\r\nAccept: text/html\r\n"
                                + "Connection: close\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                var answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
                var location = answer.lines()
                        .filter(line -> line.toLowerCase(Locale.ROOT).startsWith("location:"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(answer));
                assertThat(location).as(path).doesNotContain("evil.example");
                assertThat(location.substring("location:".length()).strip())
                        .as(path)
                        .satisfiesAnyOf(
                                l -> assertThat(l).startsWith("https://samverka.example.se/"),
                                l -> assertThat(l).startsWith("/"));
            }
        }
    }

    @Test
    void responsesNameNoServer() throws Exception {
        assertThat(get("/").headers().firstValue("Server")).isEmpty();
    }

    @Test
    void overPlainHttpTheCookiesAreHttpOnlyAndLaxButNotSecureAndThereIsNoHsts() throws Exception {
        var page = get("/login");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(cookie(page, "XSRF-TOKEN="))
                .contains("HttpOnly")
                .contains("SameSite=Lax")
                .doesNotContain("Secure");
        var loggedIn = logInAsVolunteer(false);
        assertThat(cookie(loggedIn, "SESSION="))
                .contains("HttpOnly")
                .contains("SameSite=Lax")
                .doesNotContain("Secure");
    }

    @Test
    void behindATlsTerminatingProxyTheCookiesAreSecureAndHstsIsSent() throws Exception {
        // forward-headers-strategy=native: Tomcat trusts X-Forwarded-Proto from a proxy on an internal address
        var page = http.send(
                viaProxy(HttpRequest.newBuilder(uri("/login"))).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(
                        hsts -> assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains"));
        assertThat(cookie(page, "XSRF-TOKEN="))
                .contains("HttpOnly")
                .contains("SameSite=Lax")
                .contains("Secure");
        var loggedIn = logInAsVolunteer(true);
        assertThat(cookie(loggedIn, "SESSION="))
                .contains("HttpOnly")
                .contains("SameSite=Lax")
                .contains("Secure");
    }

    @Test
    void afterLoginTheVisitorIsBackOnThePageAskedForThoughNoSessionRememberedIt() throws Exception {
        var asked = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(uri("/mina-sidor/profil"))
                                .header("Accept", "text/html")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(asked.statusCode()).isEqualTo(302);
        assertThat(asked.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION="));
        var loggedIn = logInAsVolunteer(false, cookie(asked, "REDIRECT_URI=").split(";")[0]);
        assertThat(loggedIn.headers().firstValue("Location").orElse("")).contains("/mina-sidor/profil");
    }

    /**
     * Logs in with a login link, without a cookie jar (it would keep a Secure cookie from plain HTTP); the response
     * to the login post, which starts the session.
     */
    private HttpResponse<String> logInAsVolunteer(boolean viaProxy) throws Exception {
        return logInAsVolunteer(viaProxy, null);
    }

    private HttpResponse<String> logInAsVolunteer(boolean viaProxy, String savedRequestCookie) throws Exception {
        var client = HttpClient.newHttpClient();
        var email = "cookies-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
        accounts.createVolunteerAccount(EmailAddress.of(email), "Kaka Kaksson", Locale.forLanguageTag("sv"));
        var token =
                oneTimeTokens.generate(new GenerateOneTimeTokenRequest(email)).getTokenValue();
        var linkPage = HttpRequest.newBuilder(uri("/login/ott?token=" + token)).header("Accept", "text/html");
        var page = client.send(
                (viaProxy ? viaProxy(linkPage) : linkPage).GET().build(), HttpResponse.BodyHandlers.ofString());
        var csrfCookie = cookie(page, "XSRF-TOKEN=").split(";")[0]
                + (savedRequestCookie == null ? "" : "; " + savedRequestCookie);
        var login = HttpRequest.newBuilder(uri("/login/ott"))
                .header("Accept", "text/html")
                .header("Cookie", csrfCookie)
                .header("Content-Type", "application/x-www-form-urlencoded");
        var response = client.send(
                (viaProxy ? viaProxy(login) : login)
                        .POST(HttpRequest.BodyPublishers.ofString("token=" + token + "&_csrf=" + csrfFrom(page)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return response;
    }

    private static HttpRequest.Builder viaProxy(HttpRequest.Builder request) {
        return request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7");
    }

    private static String cookie(HttpResponse<String> page, String prefix) {
        return page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no " + prefix + " cookie in " + page.headers().map()));
    }

    private static String csrfFrom(HttpResponse<String> page) {
        var matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as(page.body()).isTrue();
        return encode(matcher.group(1));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Accept", "text/html")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postFrom(String client, String path, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Accept", "text/html")
                        .header("X-Forwarded-For", client)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
