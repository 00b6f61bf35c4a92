package se.samverka.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.TestVolunteer;
import se.samverka.callout.CalloutQueries;
import se.samverka.district.Districts;
import se.samverka.helpkind.HelpKindCommands;
import se.samverka.helpkind.HelpKinds;
import se.samverka.helprequest.Channel;
import se.samverka.helprequest.HelpRequests;
import se.samverka.helprequest.NewHelpRequest;
import se.samverka.helprequest.PaymentMethod;
import se.samverka.helprequest.Recurrence;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PhoneNumber;

/**
 * Kinds of help are data: a kind the administrator adds is offered on the forms, asked for in a request and found
 * in a call-out; a renamed kind shows its new name on forms and the old one on a request made before.
 */
@IntegrationTest
class NewKindOfHelpTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Districts districts;

    @Autowired
    HelpKinds kinds;

    @Autowired
    HelpKindCommands kindCommands;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    CalloutQueries calloutQueries;

    private final List<HelpKind> added = new ArrayList<>();

    @AfterEach
    void retireWhatWasAdded() {
        added.forEach(kindCommands::retire);
    }

    private static String tag() {
        return String.valueOf(System.nanoTime() % 1_000_000);
    }

    @Test
    void aNewKindIsOfferedAskedForAndItsCallOutFindsTheVolunteerWhoOffersIt() throws Exception {
        var tag = tag();
        var snow = kindCommands.add("Snöskottning " + tag, "Snow clearing " + tag, null, 0);
        added.add(snow);
        var home = districts.save(null, "Snöholmen " + tag, 661500, 6577500, 974, Set.of());
        var shoveller = TestVolunteer.named("Sara Skyffel " + tag)
                .in(home)
                .kinds(snow.code())
                .insert(jdbc);
        TestVolunteer.named("Helge Handlare " + tag).in(home).insert(jdbc);

        var form = Jsoup.parse(
                mvc.perform(get("/be-om-hjalp")).andReturn().getResponse().getContentAsString());
        assertThat(form.select("#kind-field input[value=" + snow.code() + "]")).hasSize(1);
        assertThat(form.select("#kind-field label").eachText()).contains("Snöskottning " + tag);

        var request = helpRequests.submit(request(home, snow), "test");
        var coordinator = authentication(MyTasksAccessTests.as(TaskFixtures.coordinator()));
        mvc.perform(post("/samordning/arenden/{id}/utskick", request.id())
                        .param("urgency", "PLANNED")
                        .with(coordinator)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        var calloutId = jdbc.sql("SELECT id FROM callout WHERE subject_id = ?")
                .param(request.id())
                .query(UUID.class)
                .single();
        assertThat(calloutQueries.asks(calloutId))
                .extracting(a -> a.volunteerId())
                .containsExactly(shoveller.id());
    }

    @Test
    void aRenamedKindShowsItsNewNameOnFormsAndTheOldOneOnAnOlderRequest() throws Exception {
        var tag = tag();
        var reading = kindCommands.add("Läsa högt " + tag, "Read aloud " + tag, null, 0);
        added.add(reading);
        var home = districts.save(null, "Läsholmen " + tag, 661600, 6577600, 975, Set.of());
        var older = helpRequests.submit(request(home, reading), "test");
        Thread.sleep(5);
        kindCommands.rename(reading, "Högläsning " + tag, "Reading aloud " + tag);

        var signup = Jsoup.parse(
                mvc.perform(get("/bli-volontar")).andReturn().getResponse().getContentAsString());
        assertThat(signup.select("#kinds-field label").eachText())
                .contains("Högläsning " + tag)
                .doesNotContain("Läsa högt " + tag);

        var coordinator = authentication(MyTasksAccessTests.as(TaskFixtures.coordinator()));
        var page = Jsoup.parse(
                mvc.perform(get("/samordning/arenden/{id}", older.id()).with(coordinator))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(page.select("#request-kind").text()).isEqualTo("Läsa högt " + tag);
        var newer = helpRequests.submit(request(home, reading), "test");
        var newPage = Jsoup.parse(
                mvc.perform(get("/samordning/arenden/{id}", newer.id()).with(coordinator))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(newPage.select("#request-kind").text()).isEqualTo("Högläsning " + tag);
    }

    @Test
    void aRetiredKindIsNotOfferedAndNotAcceptedForANewRequest() throws Exception {
        var tag = tag();
        var old = kindCommands.add("Gammal hjälp " + tag, "Old help " + tag, null, 0);
        added.add(old);
        kindCommands.retire(old);
        var form = mvc.perform(get("/be-om-hjalp")).andReturn().getResponse().getContentAsString();
        assertThat(form).doesNotContain("Gammal hjälp " + tag);
        var refused = Jsoup.parse(mvc.perform(post("/be-om-hjalp")
                        .with(csrf())
                        .param("kind", old.code())
                        .param("residentName", "Rut Retired"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(refused.select("#kind-error").text()).isEqualTo("Välj en av de sorters hjälp som finns i listan");
    }

    private static NewHelpRequest request(String district, HelpKind kind) {
        return new NewHelpRequest(
                "Elsa Ek",
                PhoneNumber.of("08-560 391 00"),
                "Bryggvägen 3",
                district,
                kind,
                "Uppfarten är igensnöad",
                LocalDate.now().plusDays(2),
                LocalTime.of(10, 0),
                LocalTime.of(12, 0),
                Recurrence.ONE_OFF,
                PaymentMethod.INVOICE,
                "Blåbär",
                null,
                null,
                Channel.PHONE,
                null,
                null,
                null);
    }
}
