package se.samverka.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;

/**
 * A crisis day's mix at once: many residents reading the public pages, volunteers signing up, relatives asking for
 * help, and a few coordinators working the queue. The home page's percentiles under this mix show whether the heavy
 * pages starve the light ones.
 */
public class CrisisMixSimulation extends Simulation {

    {
        var users = LoadSettings.USERS;
        var readers = scenario("Residents reading")
                .forever()
                .on(
                        http("GET /").get("/").check(status().is(200)),
                        http("GET /insatser").get("/insatser").check(status().is(200)));
        var volunteers = scenario("Volunteers signing up").forever().on(Journeys.signUp());
        var relatives = scenario("Relatives asking for help").forever().on(Journeys.askForHelp());
        var coordinators =
                scenario("Coordinators").exec(Journeys.staffLogin()).forever().on(Journeys.coordinatorRound());
        var during = LoadSettings.DURATION;
        setUp(
                        readers.injectClosed(
                                constantConcurrentUsers(Math.max(1, users / 2)).during(during)),
                        volunteers.injectClosed(
                                constantConcurrentUsers(Math.max(1, users / 4)).during(during)),
                        relatives.injectClosed(
                                constantConcurrentUsers(Math.max(1, users / 8)).during(during)),
                        coordinators.injectClosed(
                                constantConcurrentUsers(Math.max(1, users / 8)).during(during)))
                .protocols(LoadSettings.protocol())
                .maxDuration(during);
    }
}
