package se.samverka.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Simulation;

/**
 * Spontaneous volunteers signing up while a crisis runs (issue 17): each user opens the surge form, posts it with a new
 * mobile number and starts again. The run script starts a crisis before and ends it after, and counts the stored rows.
 */
public class SurgeSignupSimulation extends Simulation {

    {
        var surge = scenario("Surge sign-up").forever().on(Journeys.surgeSignUp());
        setUp(surge.injectClosed(constantConcurrentUsers(LoadSettings.USERS).during(LoadSettings.DURATION)))
                .protocols(LoadSettings.protocol())
                .maxDuration(LoadSettings.DURATION);
    }
}
