package se.samverka.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Simulation;

/**
 * Coordinators working the queue at volume: each logs in once, then goes round the queue, a request page and the
 * request's suggested volunteers (ids from the seeded open requests), again and again.
 */
public class CoordinatorSimulation extends Simulation {

    {
        var coordinators =
                scenario("Coordinator").exec(Journeys.staffLogin()).forever().on(Journeys.coordinatorRound());
        setUp(coordinators.injectClosed(
                        constantConcurrentUsers(LoadSettings.USERS).during(LoadSettings.DURATION)))
                .protocols(LoadSettings.protocol())
                .maxDuration(LoadSettings.DURATION);
    }
}
