package se.samverka.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Anonymous readers get no server session: a session is a database row that lives for hours, so a crawler or a
 * crowd reading public pages must not write one per request. Real HTTP without a cookie jar, as a crawler does.
 */
@ServedOverHttp
class AnonymousSessionTests {

    /** Public pages (the forms among them), protected pages, static files and addresses that do not exist. */
    static final List<String> PATHS = List.of(
            "/",
            "/?lang=en",
            "/bli-volontar",
            "/be-om-hjalp",
            "/insatser",
            "/foreningar",
            "/foreningar/ansok",
            "/ideer/ny",
            "/login",
            "/integritet",
            "/integritet/behandlingar",
            "/tillganglighet",
            "/favicon.svg",
            "/css/samverka.css",
            "/robots.txt",
            "/start",
            "/samordning",
            "/samordning/arenden",
            "/mina-sidor",
            "/mina-sidor/profil",
            "/admin/utkorg",
            "/idelabbet",
            "/samverkan",
            "/dataskydd",
            "/forening",
            "/finns-inte",
            "/wp-login.php",
            "/.env",
            "/samordning/finns-inte",
            "/be-om-hjalp/tack");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void noAnonymousGetSetsASessionCookieOrWritesASessionRow() throws Exception {
        var before = sessionRows();
        var withSession = new ArrayList<String>();
        for (var path : PATHS) {
            var response = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Accept", "text/html")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isLessThan(500);
            if (response.headers().allValues("Set-Cookie").stream()
                    .anyMatch(cookie -> cookie.startsWith("SESSION=") || cookie.startsWith("JSESSIONID="))) {
                withSession.add(path);
            }
        }
        assertThat(withSession).as("pages that set a session cookie").isEmpty();
        assertThat(sessionRows()).isEqualTo(before);
    }

    private long sessionRows() {
        return jdbc.sql("SELECT count(*) FROM spring_session").query(Long.class).single();
    }
}
