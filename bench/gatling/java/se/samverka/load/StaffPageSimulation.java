package se.samverka.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * One staff page under closed-model load after a login: {@code -Dload.page=/samordning/matt}; a page with
 * {@code #{id}} in it gets an open request's id from the seeded list each time. With {@code -Dload.rate=R} (requests
 * per second in all) each user paces its requests so that together they ask R per second: the "p99 at half
 * saturation" is this run with R half the rate the same page reached unpaced.
 */
public class StaffPageSimulation extends Simulation {

    {
        var page = System.getProperty("load.page", "/samordning");
        var name = "GET " + page.replace("#{id}", "{id}");
        var request = http(name).get(page).check(status().is(200));
        var rate = Double.parseDouble(System.getProperty("load.rate", "0"));
        var staff = rate > 0
                ? scenario(name)
                        .exec(Journeys.staffLogin())
                        .forever()
                        .on(pace(Duration.ofMillis(Math.round(LoadSettings.USERS * 1000 / rate)))
                                .feed(Journeys.openRequests())
                                .exec(request))
                : scenario(name).exec(Journeys.staffLogin()).forever().on(feed(Journeys.openRequests()), request);
        setUp(staff.injectClosed(constantConcurrentUsers(LoadSettings.USERS).during(LoadSettings.DURATION)))
                .protocols(LoadSettings.protocol())
                .maxDuration(LoadSettings.DURATION);
    }
}
