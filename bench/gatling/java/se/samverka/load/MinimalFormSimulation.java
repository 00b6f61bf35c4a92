package se.samverka.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The reference for sign-ups: the minimal app (bench/minimal) under the same closed model, GET its page and POST its
 * form, which inserts one row.
 */
public class MinimalFormSimulation extends Simulation {

    private static final AtomicLong NEXT = new AtomicLong();

    {
        var posts = scenario("Minimal form")
                .forever()
                .on(
                        http("GET minimal /").get("/").check(status().is(200)),
                        http("POST minimal /")
                                .post("/")
                                .formParam("name", "Last Testsson")
                                .formParam("email", s -> "minimal" + NEXT.incrementAndGet() + "@example.org")
                                .disableFollowRedirect()
                                .check(status().is(302)));
        setUp(posts.injectClosed(constantConcurrentUsers(LoadSettings.USERS).during(LoadSettings.DURATION)))
                .protocols(LoadSettings.protocol())
                .maxDuration(LoadSettings.DURATION);
    }
}
