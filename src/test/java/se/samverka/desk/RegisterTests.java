package se.samverka.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.samverka.IntegrationTest;
import se.samverka.TestVolunteer;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;
import se.samverka.district.Districts;
import se.samverka.safeguarding.CheckKind;
import se.samverka.safeguarding.Safeguarding;

/** The coordinators' volunteer register: paging, filters, search, the volunteer's page, bulk ID checks, export. */
@IntegrationTest
class RegisterTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Districts districts;

    @Autowired
    Safeguarding safeguarding;

    @Autowired
    Clock clock;

    static final SamverkaUser COORDINATOR =
            new SamverkaUser(UUID.randomUUID(), "register@ekero.se", "{noop}x", Role.COORDINATOR, "Sara", true);

    static RequestPostProcessor as(SamverkaUser user) {
        return authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    String newDistrict() {
        return districts.save(
                null, "Registerön " + UUID.randomUUID().toString().substring(0, 8), 657000, 6575000, 900, Set.of());
    }

    List<UUID> volunteers(String district, int count, String prefix) {
        var ids = new ArrayList<UUID>();
        for (int i = 0; i < count; i++) {
            ids.add(TestVolunteer.named(prefix + " " + i)
                    .in(district)
                    .insert(jdbc)
                    .id());
        }
        return ids;
    }

    Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(as(COORDINATOR)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    static List<String> names(Document page) {
        return page.select("#register-results tbody th a").eachText();
    }

    @Test
    void showsAtMostTwentyFiveAPageAndPagesThroughTheRest() throws Exception {
        var district = newDistrict();
        volunteers(district, 30, "Pia Sida");

        var first = page(get("/samordning/volontarer").param("district", district));
        assertThat(first.select("#register-results tbody tr")).hasSize(VolunteerRegister.PAGE_SIZE);
        assertThat(first.select("#register-showing").text()).isEqualTo("Visar 1–25 av 30");
        assertThat(first.select("#register-outcome").text()).isEqualTo("30 volontärer visas");

        var second =
                page(get("/samordning/volontarer").param("district", district).param("page", "2"));
        assertThat(second.select("#register-results tbody tr")).hasSize(5);
        var all = new ArrayList<>(names(first));
        all.addAll(names(second));
        assertThat(all).doesNotHaveDuplicates().hasSize(30);

        // a page past the end shows the last one, a page that is no number the first
        assertThat(names(page(get("/samordning/volontarer")
                        .param("district", district)
                        .param("page", "99"))))
                .containsExactlyElementsOf(names(second));
        assertThat(page(get("/samordning/volontarer")
                                .param("district", district)
                                .param("page", "x"))
                        .select("#register-results tbody tr"))
                .hasSize(25);
    }

    @Test
    void theRegisterNeverReadsMoreThanAPageWhateverIsAskedFor() {
        var district = newDistrict();
        volunteers(district, 27, "Ola Gräns");
        var filter = RegisterFilter.parse(null, district, null, null, null, null, null, null, null, "1");
        assertThat(register.page(filter).rows()).hasSize(25);
        assertThat(register.page(filter).total()).isEqualTo(27);
    }

    @Autowired
    VolunteerRegister register;

    @Test
    void findsByPartOfTheNameInAnyCaseByEmailAndByPhone() throws Exception {
        var district = newDistrict();
        var tag = UUID.randomUUID().toString().substring(0, 6);
        TestVolunteer.named("Åsa Sökbar" + tag)
                .in(district)
                .phone("+46701239876")
                .insert(jdbc);
        TestVolunteer.named("Bertil Annan" + tag)
                .in(district)
                .phone("+46701230000")
                .insert(jdbc);

        assertThat(names(page(get("/samordning/volontarer")
                        .param("district", district)
                        .param("q", "SÖKBAR"))))
                .containsExactly("Åsa Sökbar" + tag);
        assertThat(names(page(get("/samordning/volontarer")
                        .param("district", district)
                        .param("q", "bertil.annan"))))
                .containsExactly("Bertil Annan" + tag);
        assertThat(names(page(get("/samordning/volontarer")
                        .param("district", district)
                        .param("q", "070-123 98 76"))))
                .containsExactly("Åsa Sökbar" + tag);
        assertThat(names(page(get("/samordning/volontarer")
                        .param("district", district)
                        .param("q", "239876"))))
                .containsExactly("Åsa Sökbar" + tag);
        var none =
                page(get("/samordning/volontarer").param("district", district).param("q", "finns-inte"));
        assertThat(none.select("#register-empty").text()).contains("Ingen volontär matchar filtren");
        assertThat(none.select("#register-filter input[name=q]").val()).isEqualTo("finns-inte");
    }

    @Test
    void filtersByKindLanguageSignUpDatesAndStatus() throws Exception {
        var district = newDistrict();
        var driver = TestVolunteer.named("Kim Kör")
                .in(district)
                .kinds("TRANSPORT")
                .languages("sv", "ar")
                .insert(jdbc);
        var shopper = TestVolunteer.named("Lo Handlar").in(district).insert(jdbc);
        var paused = TestVolunteer.named("Mo Paus").in(district).insert(jdbc);
        var unconfirmed = TestVolunteer.named("No Obekräftad").in(district).insert(jdbc);
        var today = LocalDate.now(clock);
        jdbc.sql("UPDATE volunteer SET created_at = ? WHERE id = ?")
                .params(
                        Timestamp.from(today.minusDays(40)
                                .atStartOfDay(clock.getZone())
                                .toInstant()),
                        shopper.id())
                .update();
        jdbc.sql("UPDATE volunteer SET paused_until = ? WHERE id = ?")
                .params(Date.valueOf(today.plusDays(10)), paused.id())
                .update();
        jdbc.sql("UPDATE volunteer SET email_confirmed_at = NULL WHERE id = ?")
                .param(unconfirmed.id())
                .update();
        TestVolunteer.changed(jdbc);

        assertThat(names(page(get("/samordning/volontarer")
                        .param("district", district)
                        .param("kind", "TRANSPORT"))))
                .containsExactly("Kim Kör");
        assertThat(names(page(get("/samordning/volontarer")
                        .param("district", district)
                        .param("language", "ar"))))
                .containsExactly("Kim Kör");
        assertThat(names(page(get("/samordning/volontarer")
                        .param("district", district)
                        .param("to", today.minusDays(30).toString()))))
                .containsExactly("Lo Handlar");
        assertThat(names(page(get("/samordning/volontarer")
                        .param("district", district)
                        .param("from", today.minusDays(1).toString())
                        .param("to", today.toString()))))
                .containsExactlyInAnyOrder("Kim Kör", "Mo Paus", "No Obekräftad");
        assertThat(names(page(get("/samordning/volontarer")
                        .param("district", district)
                        .param("status", "PAUSED"))))
                .containsExactly("Mo Paus");
        assertThat(names(page(get("/samordning/volontarer")
                        .param("district", district)
                        .param("status", "NEW"))))
                .containsExactly("No Obekräftad");
        var ready =
                page(get("/samordning/volontarer").param("district", district).param("status", "READY"));
        assertThat(names(ready)).containsExactlyInAnyOrder("Kim Kör", "Lo Handlar");
        assertThat(ready.select("#register-results tbody .status").eachText()).containsOnly("Redo");
        // what the filter chose stays chosen, and the address keeps the view
        assertThat(ready.select("#filter-status option[selected]").val()).isEqualTo("READY");
        assertThat(driver.id()).isNotNull();
    }

    @Test
    void htmxGetsOnlyTheResultsWithTheCountToAnnounce() throws Exception {
        var district = newDistrict();
        volunteers(district, 3, "Hanna Htmx");
        var html = mvc.perform(get("/samordning/volontarer")
                        .param("district", district)
                        .header("HX-Request", "true")
                        .with(as(COORDINATOR)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        var fragment = Jsoup.parseBodyFragment(html);
        assertThat(fragment.select("h1")).isEmpty();
        assertThat(fragment.select("#register-outcome[data-announce]").text()).isEqualTo("3 volontärer visas");
        assertThat(fragment.select("#register-results tbody tr")).hasSize(3);
    }

    @Test
    void needsIdCheckThenRecordsIdChecksForTheSelectionOnceAndAuditsEach() throws Exception {
        var district = newDistrict();
        var ids = volunteers(district, 3, "Ida Kontroll");
        safeguarding.record(ids.get(2), CheckKind.ID_CHECKED, "tidigare", LocalDate.now(clock), null);

        var needing =
                page(get("/samordning/volontarer").param("district", district).param("check", "MISSING_ID_CHECK"));
        assertThat(names(needing)).containsExactlyInAnyOrder("Ida Kontroll 0", "Ida Kontroll 1");
        // select all on this page ticks every box
        var all = page(get("/samordning/volontarer")
                .param("district", district)
                .param("check", "MISSING_ID_CHECK")
                .param("alla", "1"));
        assertThat(all.select("input[name=ids][checked]")).hasSize(2);
        var back = needing.select("#register-selection input[name=back]").val();

        var confirm = page(post("/samordning/volontarer/id-kontroll")
                .param("ids", ids.get(0).toString(), ids.get(1).toString())
                .param("back", back)
                .with(csrf()));
        assertThat(confirm.select("h1").text()).isEqualTo("Registrera id-kontroll för 2 volontärer");
        assertThat(confirm.select("#idcheck-selected li").eachText())
                .anySatisfy(t -> assertThat(t).contains("Ida Kontroll 0"))
                .anySatisfy(t -> assertThat(t).contains("Ida Kontroll 1"));
        assertThat(auditRows(ids.subList(0, 2), "CHANGE")).isZero();

        // a day in the future is refused next to the field, the selection kept
        var refused = page(post("/samordning/volontarer/id-kontroll/bekrafta")
                .param("ids", ids.get(0).toString(), ids.get(1).toString())
                .param("checkedOn", LocalDate.now(clock).plusDays(1).toString())
                .param("method", "PASSPORT")
                .param("back", back)
                .with(csrf()));
        assertThat(refused.select("#checkedOn-error").text()).isEqualTo("Dagen kan inte vara i framtiden");
        assertThat(refused.select("input[name=ids]")).hasSize(2);
        assertThat(safeguarding.checksOf(ids.get(0))).isEmpty();

        for (int attempt = 0; attempt < 2; attempt++) {
            mvc.perform(post("/samordning/volontarer/id-kontroll/bekrafta")
                            .param(
                                    "ids",
                                    ids.get(0).toString(),
                                    ids.get(1).toString(),
                                    ids.get(2).toString())
                            .param("checkedOn", LocalDate.now(clock).toString())
                            .param("method", "PASSPORT")
                            .param("back", back)
                            .with(csrf())
                            .with(as(COORDINATOR)))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("flash", "desk.idcheck.recorded"))
                    .andExpect(flash().attribute("flashCount", attempt == 0 ? 2 : 0))
                    .andExpect(flash().attribute("idChecksSkipped", attempt == 0 ? 1 : 3));
        }
        for (var id : ids) {
            assertThat(safeguarding.checksOf(id)).hasSize(1);
        }
        var check = safeguarding.checksOf(ids.get(0)).get(0);
        assertThat(check.checkedBy()).isEqualTo("register@ekero.se");
        assertThat(check.note()).isEqualTo("Introduktionsmöte: Pass");
        assertThat(auditRows(ids.subList(0, 2), "CHANGE")).isEqualTo(2);
        assertThat(auditRows(List.of(ids.get(2)), "CHANGE")).isZero();
        assertThat(names(page(get("/samordning/volontarer")
                        .param("district", district)
                        .param("check", "MISSING_ID_CHECK"))))
                .isEmpty();
    }

    @Test
    void aSelectionOfNobodyGoesBackWithAMessage() throws Exception {
        mvc.perform(post("/samordning/volontarer/id-kontroll")
                        .param("back", "https://example.com/")
                        .with(csrf())
                        .with(as(COORDINATOR)))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/samordning/volontarer"))
                .andExpect(flash().attribute("flash", "desk.idcheck.noneSelected"));
    }

    @Test
    void theVolunteersPageShowsProfileChecksAndIsAudited() throws Exception {
        var district = newDistrict();
        var anna = TestVolunteer.named("Anna Sida")
                .in(district)
                .languages("sv", "fi")
                .insert(jdbc);
        safeguarding.record(anna.id(), CheckKind.ID_CHECKED, "kontrollant", LocalDate.now(clock), null);
        var districtName = districts.find(district).orElseThrow().name();

        var page = page(get("/samordning/volontarer/{id}", anna.id()));
        assertThat(page.select("h1").text()).isEqualTo("Anna Sida");
        assertThat(page.select("#volunteer-districts").text()).isEqualTo(districtName);
        assertThat(page.select("#volunteer-profile").text()).contains(anna.email(), "Finska", "Handling");
        assertThat(page.select("#volunteer-checks").text()).contains("kontrollant");
        assertThat(page.text()).doesNotContain("null");
        assertThat(auditRows(List.of(anna.id()), "VIEW")).isEqualTo(1);

        mvc.perform(get("/samordning/volontarer/{id}", UUID.randomUUID()).with(as(COORDINATOR)))
                .andExpect(status().isNotFound());
    }

    @Test
    void exportsTheFilterAsSwedishExcelCsvAndAuditsEachVolunteer() throws Exception {
        var district = newDistrict();
        var ids = volunteers(district, 2, "=Cecilia Csv");
        var response = mvc.perform(get("/samordning/volontarer/export")
                        .param("district", district)
                        .with(as(COORDINATOR)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).contains("volontarer-");
        var bytes = response.getContentAsByteArray();
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        var text = new String(bytes, StandardCharsets.UTF_8);
        var lines = text.substring(1).split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("Namn;E-post;Telefon;Områden");
        assertThat(lines[1]).startsWith("'=Cecilia Csv").contains(";070-123 45 67;");
        assertThat(auditRows(ids, "EXPORT")).isEqualTo(2);
    }

    @Test
    void volunteersAndRepresentativesAreRefused() throws Exception {
        var volunteer = new SamverkaUser(UUID.randomUUID(), "v@example.se", null, Role.VOLUNTEER, "Vera", true);
        var representative =
                new SamverkaUser(UUID.randomUUID(), "r@example.se", "{noop}x", Role.REPRESENTATIVE, "Rut", true);
        for (var user : List.of(volunteer, representative)) {
            for (var path : List.of("/samordning/volontarer", "/samordning/sok", "/samordning/volontarer/export")) {
                mvc.perform(get(path).with(as(user))).andExpect(status().isForbidden());
            }
            mvc.perform(post("/samordning/volontarer/id-kontroll/bekrafta")
                            .with(csrf())
                            .with(as(user)))
                    .andExpect(status().isForbidden());
        }
    }

    private long auditRows(List<UUID> subjects, String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE subject_id IN (:ids) AND action = :action")
                .param("ids", subjects)
                .param("action", action)
                .query(Long.class)
                .single();
    }
}
