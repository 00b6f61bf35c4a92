package se.samverka.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import se.samverka.account.AccountManagement;
import se.samverka.shared.EmailAddress;

/** Real HTTP, so that the servlet container's error handling runs: every error is a friendly page. */
@ServedOverHttp
class ErrorPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    OneTimeTokenService oneTimeTokens;

    final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void notFoundMethodNotAllowedAndServerErrorAreFriendlyPagesInTheUsersLanguage() throws Exception {
        logInAsVolunteer();
        var notFound = get("/mina-sidor/finns-inte");
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.body()).contains("Sidan finns inte").contains("Till startsidan");

        var notAllowed = get("/login/lank-skickad/x");
        assertThat(notAllowed.statusCode()).isEqualTo(404);
        var wrongMethod = http.send(
                HttpRequest.newBuilder(uri("/mina-sidor/utskick/" + UUID.randomUUID() + "/ja"))
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.body()).contains("Det går inte att göra så här");

        var failing = get("/mina-sidor/testfel");
        assertThat(failing.statusCode()).isEqualTo(500);
        assertThat(failing.body())
                .contains("Något gick fel hos oss")
                .doesNotContain("IllegalStateException")
                .doesNotContain("at se.samverka")
                .doesNotContain("secret detail");

        var forbidden = get("/samordning");
        assertThat(forbidden.statusCode()).as(forbidden.body()).isEqualTo(403);
        assertThat(forbidden.body()).contains("Du har inte behörighet");

        var english = get("/mina-sidor/finns-inte?lang=en");
        assertThat(english.body()).contains("Page not found");
    }

    private void logInAsVolunteer() throws Exception {
        var email = "errors-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
        accounts.createVolunteerAccount(EmailAddress.of(email), "Felix Fel", Locale.forLanguageTag("sv"));
        var token =
                oneTimeTokens.generate(new GenerateOneTimeTokenRequest(email)).getTokenValue();
        var page = get("/login/ott?token=" + token).body();
        var matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(matcher.find()).isTrue();
        var login = http.send(
                HttpRequest.newBuilder(uri("/login/ott"))
                        .header("Accept", "text/html")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("token=" + token + "&_csrf=" + matcher.group(1)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/start");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
