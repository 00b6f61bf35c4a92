package se.samverka.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.TestVolunteer;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;
import se.samverka.district.Districts;
import se.samverka.helprequest.Channel;
import se.samverka.helprequest.HelpRequests;
import se.samverka.helprequest.NewHelpRequest;
import se.samverka.helprequest.PaymentMethod;
import se.samverka.helprequest.Recurrence;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PhoneNumber;

/** Staff search across requests and volunteers, each answered by its own module, grouped and linked. */
@IntegrationTest
class SearchTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Districts districts;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    Clock clock;

    static final SamverkaUser COORDINATOR =
            new SamverkaUser(UUID.randomUUID(), "sok@ekero.se", "{noop}x", Role.COORDINATOR, "Sara", true);

    Document search(String q, String language) throws Exception {
        return Jsoup.parse(mvc.perform(get("/samordning/sok")
                        .param("q", q)
                        .param("lang", language)
                        .with(authentication(new UsernamePasswordAuthenticationToken(
                                COORDINATOR, null, COORDINATOR.getAuthorities()))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void findsRequestsByNumberNamePhoneAndAddressAndVolunteersByName() throws Exception {
        var tag = UUID.randomUUID().toString().substring(0, 6);
        var district = districts.save(null, "Sökön " + tag, 657000, 6575000, 900, Set.of());
        var request = helpRequests.submit(
                new NewHelpRequest(
                        "Greta Sökbar" + tag,
                        PhoneNumber.of("08-560 777 12"),
                        "Sökvägen " + tag,
                        district,
                        HelpKind.SHOPPING,
                        "Mjölk",
                        LocalDate.now(clock).plusDays(1),
                        LocalTime.of(10, 0),
                        LocalTime.of(12, 0),
                        Recurrence.ONE_OFF,
                        PaymentMethod.SWISH,
                        "Blåbär",
                        null,
                        null,
                        Channel.PHONE,
                        null,
                        null,
                        null),
                "test");
        var volunteer = TestVolunteer.named("Sven Sökbar" + tag).in(district).insert(jdbc);

        var byName = search("sökbar" + tag, "sv");
        assertThat(byName.select("#search-request-hits a").attr("href"))
                .isEqualTo("/samordning/arenden/" + request.id());
        assertThat(byName.select("#search-volunteer-hits li a").attr("href"))
                .isEqualTo("/samordning/volontarer/" + volunteer.id());
        assertThat(byName.select("#search-outcome").text()).isEqualTo("2 träffar");

        assertThat(search("#" + request.number(), "sv")
                        .select("#search-request-hits a")
                        .eachAttr("href"))
                .contains("/samordning/arenden/" + request.id());
        assertThat(search("sökvägen " + tag, "sv")
                        .select("#search-request-hits a")
                        .eachAttr("href"))
                .containsExactly("/samordning/arenden/" + request.id());
        assertThat(search("08-560 777 12", "sv")
                        .select("#search-request-hits a")
                        .eachAttr("href"))
                .contains("/samordning/arenden/" + request.id());

        var english = search("nothing-like-this-" + tag, "en");
        assertThat(english.select("#search-empty").text()).startsWith("Nothing found for");
        assertThat(english.select("#search-what").text()).contains("encrypted");
        assertThat(search("x", "sv").select("#search-too-short").text()).isEqualTo("Skriv minst två tecken.");
    }

    @Test
    void findsAVolunteerWhoseNameIsMisspeltOnPostgres() throws Exception {
        var tag = UUID.randomUUID().toString().substring(0, 6);
        var district = districts.save(null, "Stavön " + tag, 657000, 6575000, 900, Set.of());
        var volunteer =
                TestVolunteer.named("Kristoffer Lindqvist" + tag).in(district).insert(jdbc);

        var page = search("kristofer lindkvist" + tag, "sv");
        assertThat(page.select("#search-volunteer-hits li a").eachAttr("href"))
                .contains("/samordning/volontarer/" + volunteer.id());
    }
}
