package se.samverka.load;

import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/** What every simulation reads from system properties: where to go, how many users, how long. */
final class LoadSettings {

    static final String BASE_URL = System.getProperty("load.baseUrl", "http://127.0.0.1:18080");
    static final int USERS = Integer.getInteger("load.users", 8);
    static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("load.seconds", 30));
    static final String ADMIN_USER = System.getProperty("load.adminUser", "admin");
    static final String ADMIN_PASSWORD = System.getProperty("load.adminPassword", "admin-load-pass");
    static final String FEEDS = System.getProperty("load.feeds", "target/load");

    private LoadSettings() {}

    /** Plain HTTP/1.1 to loopback only: no warm-up call to the internet, no redirects followed. */
    static HttpProtocolBuilder protocol() {
        return http.baseUrl(BASE_URL)
                .disableWarmUp()
                // a lost session would otherwise count as a 200 (the login page after the redirect)
                .disableFollowRedirect()
                // Gatling's own HTTP cache honours "immutable, max-age" and then waits instead of asking the server,
                // which made the static-file runs of the first harness run meaningless (2 req/s, p50 2 s)
                .disableCaching()
                .acceptLanguageHeader("sv-SE,sv;q=0.9")
                .acceptHeader("text/html,application/xhtml+xml")
                .userAgentHeader("samverka-load");
    }
}
