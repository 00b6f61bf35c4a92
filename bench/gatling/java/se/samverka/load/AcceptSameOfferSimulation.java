package se.samverka.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;

/**
 * Two hundred volunteers who were asked for the same task in one hand-picked call-out all open their answer link and say yes at the same moment. The run
 * script checks afterwards that exactly one ask was accepted and the task has exactly one assignee.
 */
public class AcceptSameOfferSimulation extends Simulation {

    {
        var volunteers = scenario("Accept the same offer")
                .feed(csv(LoadSettings.FEEDS + "/offer-tokens.csv").queue())
                .exec(
                        http("GET /utskick/svar/{token}")
                                .get("/utskick/svar/#{token}")
                                .check(
                                        status().is(200),
                                        css("input[name=_csrf]", "value").saveAs("csrf")),
                        http("POST /utskick/svar/{token}/ja")
                                .post("/utskick/svar/#{token}/ja")
                                .formParam("_csrf", "#{csrf}")
                                .check(status().is(200)));
        setUp(volunteers.injectOpen(atOnceUsers(Integer.getInteger("load.offers", 200))))
                .protocols(LoadSettings.protocol());
    }
}
