package se.samverka.runsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.TestVolunteer;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;
import se.samverka.district.Districts;
import se.samverka.effort.Effort;
import se.samverka.effort.EffortStatus;
import se.samverka.effort.Efforts;
import se.samverka.effort.Shift;
import se.samverka.effort.SignupMode;
import se.samverka.helprequest.Channel;
import se.samverka.helprequest.HelpRequests;
import se.samverka.helprequest.NewHelpRequest;
import se.samverka.helprequest.PaymentMethod;
import se.samverka.helprequest.Recurrence;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PhoneNumber;

/**
 * The coordinators' run sheet: the day's assigned tasks and shift sign-ups of one district, the code word only as
 * "there is one", the read audited; and the volunteer's own task sheet, which is the one place the word is printed.
 */
@IntegrationTest
class RunSheetTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Districts districts;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    Efforts efforts;

    final SamverkaUser coordinator =
            new SamverkaUser(UUID.randomUUID(), "samordnare-korlista", "x", Role.COORDINATOR, "Samordnare", true);

    final LocalDate day = LocalDate.now().plusDays(2);

    String district;
    String otherDistrict;
    TestVolunteer.Created anna;
    TestVolunteer.Created bengt;
    UUID assigned;
    UUID shift;

    @BeforeEach
    void setUp() throws Exception {
        district = districts.save(null, "Körholmen " + System.nanoTime(), 650000, 6580000, 990, Set.of());
        otherDistrict = districts.save(null, "Annanö " + System.nanoTime(), 650100, 6580100, 991, Set.of());
        anna = volunteer("Anna Åker");
        bengt = volunteer("Bengt Packar");
        assigned = request("Greta Körlista", "Lönnvägen 3", district, "Tranbär");
        assign(assigned, anna.id());
        request("Harald Väntar", "Björkvägen 9", district, "Lingon");
        var elsewhere = TestVolunteer.named("Doris Annanstans")
                .in(otherDistrict)
                .email("k-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se")
                .adult(true)
                .insert(jdbc);
        assign(request("Ingrid Annanstans", "Ekvägen 1", otherDistrict, "Hjortron"), elsewhere.id());
        var effort = efforts.create(
                new Effort(
                        null,
                        null,
                        "sof",
                        "Matkassar i byn",
                        "Beskrivning",
                        "Äldre",
                        LocalDate.now(),
                        LocalDate.now().plusMonths(1),
                        "Kontakt Person",
                        "kontakt@example.se",
                        null,
                        EffortStatus.DRAFT,
                        List.of(district)),
                "test");
        efforts.publish(effort);
        shift = efforts.addShifts(
                        new Shift(
                                null,
                                effort,
                                "Packning",
                                day,
                                LocalTime.of(9, 0),
                                LocalTime.of(11, 0),
                                "Församlingshemmet",
                                district,
                                1,
                                4,
                                null,
                                false,
                                SignupMode.INSTANT,
                                false,
                                0,
                                List.of(HelpKind.SHOPPING)),
                        0)
                .get(0);
        mvc.perform(post("/mina-sidor/insatser/pass/{id}/anmal", shift)
                        .with(authentication(as(bengt.user())))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void theSheetListsWhoGoesWhereAndWhenWithoutTheCodeWordAndTheReadIsAudited() throws Exception {
        var page = sheet("datum=" + day + "&omrade=" + district, coordinator);
        var task = page.select("#runsheet-tasks tbody tr");
        assertThat(task).hasSize(1);
        assertThat(task.text())
                .contains("10:00–12:00", "Greta Körlista", "Lönnvägen 3", "08-560 391 00", "Anna Åker", "Finns")
                .doesNotContain("Tranbär");
        assertThat(page.text())
                .as("an unassigned request and another district's task are not on the sheet")
                .doesNotContain("Harald Väntar")
                .doesNotContain("Ingrid Annanstans")
                .doesNotContain("Tranbär");
        assertThat(page.select("#runsheet-shifts tbody tr").text())
                .contains("09:00–11:00", "Matkassar i byn – Packning", "Församlingshemmet", "Bengt Packar", "1 av 4");
        assertThat(page.select("button.print-button[data-print][hidden]")).hasSize(1);
        assertThat(page.select("title").text()).startsWith("Körlista Körholmen");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE subject_id = ? AND detail = 'run sheet'")
                        .param(assigned)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        var english = sheet("datum=" + day + "&omrade=" + district + "&lang=en", coordinator);
        assertThat(english.select("h1").text()).startsWith("Run sheet for Körholmen");
        assertThat(english.select("#runsheet-tasks tbody tr").text())
                .contains("Yes")
                .doesNotContain("Tranbär");
    }

    @Test
    void aDayWithoutADistrictAsksForOneAndUnreadableInputIsShownBackWithAnError() throws Exception {
        var choose = sheet("", coordinator);
        assertThat(choose.select("#runsheet-choose")).hasSize(1);
        assertThat(choose.select("#runsheet-tasks")).isEmpty();

        var bad = sheet("datum=31-12&omrade=" + district, coordinator);
        assertThat(bad.select("#datum-error").text())
                .isEqualTo("Skriv datumet som år-månad-dag, till exempel 2026-12-08");
        assertThat(bad.select("#datum").val()).isEqualTo("31-12");
        assertThat(bad.select("#runsheet-tasks")).isEmpty();

        var unknown = sheet("omrade=finns-inte", coordinator);
        assertThat(unknown.select("#omrade-error").text()).isEqualTo("Välj ett område i listan");

        var empty = sheet("datum=" + day.plusDays(1) + "&omrade=" + district, coordinator);
        assertThat(empty.select("#runsheet-empty")).hasSize(1);
    }

    @Test
    void volunteersCannotSeeTheSheetButPrintTheirOwnTaskWithTheCodeWord() throws Exception {
        mvc.perform(get("/samordning/korlista").param("omrade", district).with(authentication(as(anna.user()))))
                .andExpect(status().isForbidden());

        var assignment = jdbc.sql("SELECT id FROM assignment WHERE request_id = ? AND status = 'ACTIVE'")
                .param(assigned)
                .query(UUID.class)
                .single();
        var sheet = Jsoup.parse(
                mvc.perform(get("/mina-sidor/uppdrag/{id}/utskrift", assignment).with(authentication(as(anna.user()))))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(sheet.select("#task-code-word").text()).isEqualTo("Tranbär");
        assertThat(sheet.select("#task-sheet").text()).contains("Greta Körlista", "Lönnvägen 3", "08-560 391 00");
        mvc.perform(get("/mina-sidor/uppdrag/{id}/utskrift", assignment).with(authentication(as(bengt.user()))))
                .andExpect(status().isNotFound());

        // a volunteer with an active task is not told they are in the reserve; one with nothing to do is
        var mine = Jsoup.parse(mvc.perform(get("/mina-sidor").with(authentication(as(anna.user()))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(mine.select("#reserve-note")).isEmpty();
        assertThat(mine.text()).doesNotContain("reserven");
        assertThat(mine.select("a.task-sheet-link").attr("href"))
                .isEqualTo("/mina-sidor/uppdrag/" + assignment + "/utskrift");
        var idle = volunteer("Cecilia Reserv");
        var reserve = Jsoup.parse(mvc.perform(get("/mina-sidor").with(authentication(as(idle.user()))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(reserve.select("#reserve-note").text()).contains("reserven");
    }

    private Document sheet(String query, SamverkaUser user) throws Exception {
        return Jsoup.parse(mvc.perform(get("/samordning/korlista?" + query).with(authentication(as(user))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private TestVolunteer.Created volunteer(String name) {
        return TestVolunteer.named(name)
                .in(district)
                .email("k-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se")
                .adult(true)
                .insert(jdbc);
    }

    private UUID request(String resident, String address, String districtId, String codeWord) {
        return helpRequests
                .submit(
                        new NewHelpRequest(
                                resident,
                                PhoneNumber.of("08-560 391 00"),
                                address,
                                districtId,
                                HelpKind.SHOPPING,
                                "Mjölk och bröd",
                                day,
                                LocalTime.of(10, 0),
                                LocalTime.of(12, 0),
                                Recurrence.ONE_OFF,
                                PaymentMethod.INVOICE,
                                codeWord,
                                null,
                                null,
                                Channel.PHONE,
                                null,
                                null,
                                null),
                        "test")
                .id();
    }

    private void assign(UUID request, UUID volunteerId) throws Exception {
        mvc.perform(post("/samordning/arenden/{id}/tilldela", request)
                        .param("volunteerId", volunteerId.toString())
                        .with(csrf())
                        .with(authentication(as(coordinator))))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assignment WHERE request_id = ? AND status = 'ACTIVE'")
                        .param(request)
                        .query(Integer.class)
                        .single())
                .as("assigned")
                .isEqualTo(1);
    }

    private static Authentication as(SamverkaUser user) {
        return new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
    }
}
