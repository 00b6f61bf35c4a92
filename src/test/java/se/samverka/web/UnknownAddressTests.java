package se.samverka.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Addresses that are no page answer 404 with the friendly page, also for anonymous visitors; pages that need a
 * login still send them to it; robots.txt keeps crawlers out of the staff areas; static files have hashed names
 * and are cached for a year. Real HTTP, so that the container's error page runs.
 */
@ServedOverHttp
class UnknownAddressTests {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void unknownAddressesAnswerNotFoundWithTheFriendlyPageForAnonymousVisitors() throws Exception {
        for (var path : new String[] {
            "/finns-inte", "/wp-login.php", "/.env", "/samordning/finns-inte", "/mina-sidor/finns/inte"
        }) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("Sidan finns inte").contains("Till startsidan");
            // nor remembered as the page to return to after a login
            assertThat(response.headers().allValues("Set-Cookie"))
                    .as(path)
                    .noneMatch(c -> c.startsWith("REDIRECT_URI="));
        }
    }

    @Test
    void pagesThatNeedALoginStillSendAnonymousVisitorsToIt() throws Exception {
        for (var path : new String[] {
            "/samordning",
            "/mina-sidor",
            "/admin/utkorg",
            "/start",
            "/samordning/arenden/" + UUID.randomUUID(),
            "/forening"
        }) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElse(""))
                    .as(path)
                    .endsWith("/login");
            assertThat(response.headers().allValues("Set-Cookie"))
                    .as(path)
                    .anyMatch(c -> c.startsWith("REDIRECT_URI="));
        }
    }

    @Test
    void robotsTxtKeepsCrawlersOutOfTheStaffAreas() throws Exception {
        var robots = get("/robots.txt");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(robots.body())
                .contains("User-agent: *")
                .contains("Disallow: /samordning/")
                .contains("Disallow: /admin/")
                .contains("Disallow: /mina-sidor/");
    }

    @Test
    void staticFilesAreLinkedByTheHashOfTheirContentAndCachedForAYearWithoutCookies() throws Exception {
        var home = get("/").body();
        var links = Pattern.compile("(?:href|src)=\"(/(?:css|webjars)/[^\"]+|/favicon[^\"]*)\"")
                .matcher(home);
        var count = 0;
        while (links.find()) {
            var link = links.group(1);
            assertThat(link).as("hashed name").matches(".*-[0-9a-f]{32}\\.(css|js|svg)");
            var file = get(link);
            assertThat(file.statusCode()).as(link).isEqualTo(200);
            assertThat(file.headers().firstValue("Cache-Control").orElse(""))
                    .as(link)
                    .contains("max-age=31536000")
                    .contains("public");
            assertThat(file.headers().allValues("Set-Cookie")).as(link).isEmpty();
            assertThat(file.headers().firstValue("X-Content-Type-Options"))
                    .as(link)
                    .hasValue("nosniff");
            count++;
        }
        assertThat(count).as("the style sheets, the script and the icon").isEqualTo(4);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
