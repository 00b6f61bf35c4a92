package se.samverka.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;

/**
 * One public page (or static file) under closed-model load: {@code -Dload.page=/insatser}. The run script calls it
 * for the home page, /insatser, the sign-up form and the CSS file, and for the minimal reference app's page.
 */
public class PublicPagesSimulation extends Simulation {

    {
        var page = System.getProperty("load.page", "/");
        var visitors = scenario("GET " + page)
                .forever()
                .on(http("GET " + page).get(page).check(status().is(200)));
        setUp(visitors.injectClosed(constantConcurrentUsers(LoadSettings.USERS).during(LoadSettings.DURATION)))
                .protocols(LoadSettings.protocol())
                .maxDuration(LoadSettings.DURATION);
    }
}
