package se.samverka.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;

/**
 * Does one heavy kind of page starve the others? Coordinators saturate the heaviest pages (suggestions, measures,
 * overview) while two residents keep loading the home page; the report's "GET / (probe)" line is the answer.
 */
public class IsolationSimulation extends Simulation {

    {
        var heavy = scenario("Heavy staff pages")
                .exec(Journeys.staffLogin())
                .forever()
                .on(
                        feed(Journeys.openRequests()),
                        http("GET suggestions")
                                .get("/samordning/arenden/#{id}/volontarer")
                                .check(status().is(200)),
                        http("GET /samordning/matt").get("/samordning/matt").check(status().is(200)),
                        http("GET /samverkan/oversikt")
                                .get("/samverkan/oversikt")
                                .check(status().is(200)));
        var probe = scenario("Home page probe")
                .forever()
                .on(http("GET / (probe)").get("/").check(status().is(200)));
        setUp(
                        heavy.injectClosed(
                                constantConcurrentUsers(LoadSettings.USERS).during(LoadSettings.DURATION)),
                        probe.injectClosed(constantConcurrentUsers(2).during(LoadSettings.DURATION)))
                .protocols(LoadSettings.protocol())
                .maxDuration(LoadSettings.DURATION);
    }
}
