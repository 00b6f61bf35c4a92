package se.samverka.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;

/**
 * One staff page under closed-model load after a login: {@code -Dload.page=/samordning/matt}; a page with
 * {@code #{id}} in it gets an open request's id from the seeded list each time.
 */
public class StaffPageSimulation extends Simulation {

    {
        var page = System.getProperty("load.page", "/samordning");
        var name = "GET " + page.replace("#{id}", "{id}");
        var staff = scenario(name)
                .exec(Journeys.staffLogin())
                .forever()
                .on(feed(Journeys.openRequests()), http(name).get(page).check(status().is(200)));
        setUp(staff.injectClosed(constantConcurrentUsers(LoadSettings.USERS).during(LoadSettings.DURATION)))
                .protocols(LoadSettings.protocol())
                .maxDuration(LoadSettings.DURATION);
    }
}
