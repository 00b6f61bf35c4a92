package se.samverka.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Simulation;

/**
 * Volunteer sign-ups as a surge brings them: each user opens the form (CSRF token from the page), posts it with a
 * new e-mail address, and starts again. A sign-up counts when the POST answers with the redirect to the thank-you
 * page; the run script then counts the stored rows and checks that none is doubled.
 */
public class SignupSimulation extends Simulation {

    {
        var signup = scenario("Volunteer sign-up").forever().on(Journeys.signUp());
        setUp(signup.injectClosed(constantConcurrentUsers(LoadSettings.USERS).during(LoadSettings.DURATION)))
                .protocols(LoadSettings.protocol())
                .maxDuration(LoadSettings.DURATION);
    }
}
