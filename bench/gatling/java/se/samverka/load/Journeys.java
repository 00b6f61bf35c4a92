package se.samverka.load;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/** The steps people take, shared by the single-purpose simulations and the crisis mix. */
final class Journeys {

    private static final AtomicLong NEXT = new AtomicLong(System.currentTimeMillis() % 100_000_000L * 100);

    private Journeys() {}

    private static Iterator<Map<String, Object>> newPeople() {
        return Stream.generate(() -> {
                    var n = NEXT.incrementAndGet();
                    return Map.<String, Object>of(
                            "email",
                            "load" + n + "@example.org",
                            "phone",
                            "070" + String.format("%07d", n % 10_000_000),
                            "formId",
                            UUID.randomUUID().toString());
                })
                .iterator();
    }

    /**
     * A spontaneous volunteer's 30-second sign-up while a crisis runs (issue 17): GET the surge form, POST it with a new
     * mobile number; 302 to the thank-you page means stored.
     */
    static ChainBuilder surgeSignUp() {
        return exec(
                        feed(newPeople()),
                        http("GET /kris/anmal")
                                .get("/kris/anmal")
                                .check(
                                        status().is(200),
                                        css("input[name=_csrf]", "value").saveAs("csrf")))
                .exitHereIfFailed()
                .exec(http("POST /kris/anmal")
                        .post("/kris/anmal")
                        .formParam("_csrf", "#{csrf}")
                        .formParam("name", "Spontan Testsson")
                        .formParam("phone", "#{phone}")
                        .formParam("districts", "ekero-centrum")
                        .formParam("skills", "CARRY_AND_DELIVER")
                        .formParam("consent", "true")
                        .formParam("_consent", "on")
                        .disableFollowRedirect()
                        .check(
                                status().is(302),
                                header("Location")
                                        .transform(l -> l.endsWith("/kris/anmal/tack"))
                                        .is(true)));
    }

    /** GET the sign-up form, POST it: 302 to the thank-you page means stored. */
    static ChainBuilder signUp() {
        return exec(
                        feed(newPeople()),
                        http("GET /bli-volontar")
                                .get("/bli-volontar")
                                .check(
                                        status().is(200),
                                        css("input[name=_csrf]", "value").saveAs("csrf")))
                .exitHereIfFailed()
                .exec(http("POST /bli-volontar")
                        .post("/bli-volontar")
                        .formParam("_csrf", "#{csrf}")
                        .formParam("name", "Last Testsson")
                        .formParam("email", "#{email}")
                        .formParam("phone", "#{phone}")
                        .formParam("districts", "ekero-centrum")
                        .formParam("hasCar", "false")
                        .formParam("kinds", "SHOPPING")
                        .formParam("languages", "sv")
                        .formParam("availability", "WEEKDAY_EVENING")
                        .formParam("askFrequency", "ONCE_A_MONTH")
                        .formParam("consent", "true")
                        .formParam("_consent", "on")
                        .formParam("formId", "#{formId}")
                        .disableFollowRedirect()
                        .check(
                                status().is(302),
                                header("Location")
                                        .transform(l -> l.endsWith("/bli-volontar/tack"))
                                        .is(true)));
    }

    /** A relative asks for help for a resident through the public form. */
    static ChainBuilder askForHelp() {
        var date = LocalDate.now().plusDays(2).toString();
        return exec(
                        feed(newPeople()),
                        http("GET /be-om-hjalp")
                                .get("/be-om-hjalp")
                                .check(
                                        status().is(200),
                                        css("input[name=_csrf]", "value").saveAs("csrf")))
                .exitHereIfFailed()
                .exec(http("POST /be-om-hjalp")
                        .post("/be-om-hjalp")
                        .formParam("_csrf", "#{csrf}")
                        .formParam("asker", "SELF")
                        .formParam("residentName", "Greta Last")
                        .formParam("residentPhone", "#{phone}")
                        .formParam("streetAddress", "Lastvägen 1")
                        .formParam("districtId", "stenhamra")
                        .formParam("kind", "SHOPPING")
                        .formParam("description", "Mat för veckan")
                        .formParam("date", date)
                        .formParam("timeFrom", "10:00")
                        .formParam("timeTo", "12:00")
                        .formParam("recurrence", "ONE_OFF")
                        .formParam("paymentMethod", "SWISH")
                        .formParam("codeWord", "Lastbil")
                        .formParam("riskGroup", "UNSAID")
                        // the public form asks the person who writes for consent to use what they wrote
                        .formParam("consent", "true")
                        .disableFollowRedirect()
                        .check(
                                status().is(302),
                                header("Location")
                                        .transform(l -> l.endsWith("/be-om-hjalp/tack"))
                                        .is(true)));
    }

    /** Staff login with the administrator from the run script's environment: the password, then the code. */
    static ChainBuilder staffLogin() {
        return exec(http("GET /login")
                        .get("/login")
                        .check(
                                status().is(200),
                                css("form[action='/login'] input[name=_csrf]", "value")
                                        .saveAs("csrf")))
                .exitHereIfFailed()
                .exec(http("POST /login")
                        .post("/login")
                        .formParam("_csrf", "#{csrf}")
                        .formParam("username", LoadSettings.ADMIN_USER)
                        .formParam("password", LoadSettings.ADMIN_PASSWORD)
                        .disableFollowRedirect()
                        .check(
                                status().is(302),
                                header("Location")
                                        .transform(l -> !l.contains("fel="))
                                        .is(true)))
                .exitHereIfFailed()
                // the second factor: the run script starts Samverka with the code shown on the page (the demo's
                // setting), so the code is still issued, stored and checked, only read from the page, not the mail
                .exec(http("GET /login/kod")
                        .get("/login/kod")
                        .check(
                                status().is(200),
                                css("form[action='/login/kod'] input[name=_csrf]", "value")
                                        .saveAs("csrf"),
                                css("#demo-code code").saveAs("code")))
                .exitHereIfFailed()
                .exec(http("POST /login/kod")
                        .post("/login/kod")
                        .formParam("_csrf", "#{csrf}")
                        .formParam("code", "#{code}")
                        .disableFollowRedirect()
                        .check(
                                status().is(302),
                                header("Location")
                                        .transform(l -> !l.contains("/login"))
                                        .is(true)))
                .exitHereIfFailed();
    }

    /** Request ids of open requests, written by the run script after seeding. */
    static FeederBuilder<String> openRequests() {
        return csv(LoadSettings.FEEDS + "/open-requests.csv").circular();
    }

    /** The coordinator's rounds: the queue, one request, its suggested volunteers. */
    static ChainBuilder coordinatorRound() {
        return exec(
                feed(openRequests()),
                http("GET /samordning").get("/samordning").check(status().is(200)),
                http("GET /samordning/arenden/{id}")
                        .get("/samordning/arenden/#{id}")
                        .check(status().is(200)),
                http("GET /samordning/arenden/{id}/volontarer")
                        .get("/samordning/arenden/#{id}/volontarer")
                        .check(status().is(200)));
    }
}
