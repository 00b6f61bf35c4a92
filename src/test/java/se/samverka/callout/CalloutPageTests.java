package se.samverka.callout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverka.IntegrationTest;
import se.samverka.district.Districts;
import se.samverka.helprequest.HelpRequest;
import se.samverka.helprequest.HelpRequests;

@IntegrationTest
class CalloutPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Districts districts;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    Callouts callouts;

    @Autowired
    CalloutQueries calloutQueries;

    @Autowired
    PlatformTransactionManager transactionManager;

    /** A district of its own, far from every other, so that no volunteer from another test is near. */
    private String district(String name) {
        return districts.save(
                null, name + " " + System.nanoTime(), 500000 + Math.random() * 1000, 7000000, 990, Set.of());
    }

    private UUID start(HelpRequest request, Urgency urgency) {
        return callouts.start(new Callouts.Start(
                SubjectType.HELP_REQUEST,
                request.id(),
                "#" + request.number(),
                new Need(
                        request.kind(),
                        request.districtId(),
                        request.date(),
                        request.timeFrom(),
                        request.timeTo(),
                        request.language(),
                        1),
                urgency,
                null,
                "samordnare-utskick"));
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(authentication(CalloutPageFixtures.coordinator())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private String askStatus(UUID calloutId, UUID volunteerId) {
        return jdbc.sql("SELECT status FROM callout_ask WHERE callout_id = ? AND volunteer_id = ?")
                .params(calloutId, volunteerId)
                .query(String.class)
                .single();
    }

    @Test
    void listsTheAskedVolunteersAndThePausedOneUnderSkippedWithTheReason() throws Exception {
        var home = district("Utskicksholmen");
        var request = helpRequests.submit(CalloutPageFixtures.shopping("Hedda Hem", home, null), "test");
        CalloutPageFixtures.volunteer(jdbc, "Agnes Asked", home);
        CalloutPageFixtures.volunteer(jdbc, "Bertil Asked", home);
        var paused = CalloutPageFixtures.volunteer(jdbc, "Paula Paus", home);
        CalloutPageFixtures.pause(jdbc, paused, request.date().plusDays(5));
        var id = start(request, Urgency.URGENT);

        var page = page("/samordning/utskick/" + id);
        assertThat(page.select("h1").text()).isEqualTo("Utskick #" + request.number());
        assertThat(page.select("#callout-need").text())
                .contains("Handling")
                .contains("Brådskande (i dag)")
                .contains("0 av 1")
                .contains("Pågår")
                .contains("samordnare-utskick");
        assertThat(page.select("#callout-need a").attr("href")).isEqualTo("/samordning/arenden/" + request.id());
        var asks = page.select("#callout-asks table tbody tr");
        assertThat(asks.eachText()).hasSize(2);
        assertThat(asks.text())
                .contains("Agnes Asked")
                .contains("Bertil Asked")
                .contains("E-post")
                .contains("Inget svar än")
                .doesNotContain("Paula Paus");
        assertThat(page.select("#callout-asks caption").text()).isEqualTo("Tillfrågade volontärer");
        assertThat(page.select("#callout-asks").attr("data-hx-trigger")).isEqualTo("every 10s");
        // the wave kept the count per reason; who it was is worked out when the coordinator asks
        assertThat(page.select("#callout-skipped tbody tr").eachText()).containsExactly("Pausad 1 Visa vilka");
        var skipped = page("/samordning/utskick/" + id + "?vilka=visa").select("#callout-skipped tbody tr");
        assertThat(skipped.eachText()).containsExactly("Pausad 1 Paula Paus");
        assertThat(page.select("#callout-waves tbody tr").text())
                .startsWith("1 ")
                .contains(" 2 ");
        assertThat(page.select("#callout-stop").attr("href")).isEqualTo("/samordning/utskick/" + id + "/stoppa");

        // htmx polls just the asks
        var fragment = mvc.perform(get("/samordning/utskick/{id}", id)
                        .header("HX-Request", "true")
                        .with(authentication(CalloutPageFixtures.coordinator())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment)
                .doesNotContain("<html")
                .contains("id=\"callout-asks\"")
                .contains("Agnes Asked");
    }

    @Test
    void stopAsksForConfirmationAndThenStandsDownThePendingAsks() throws Exception {
        var home = district("Stoppholmen");
        var request = helpRequests.submit(CalloutPageFixtures.shopping("Sture Stopp", home, null), "test");
        var first = CalloutPageFixtures.volunteer(jdbc, "Cilla Stopp", home);
        var second = CalloutPageFixtures.volunteer(jdbc, "Dennis Stopp", home);
        var id = start(request, Urgency.URGENT);
        assertThat(askStatus(id, first)).isEqualTo("PENDING");

        var confirm = page("/samordning/utskick/" + id + "/stoppa");
        assertThat(confirm.select("h1").text()).isEqualTo("Stoppa utskick #" + request.number() + "?");
        assertThat(confirm.select("main p").first().text()).contains("2 som inte har svarat");
        assertThat(confirm.select("#callout-stop-confirm").attr("method")).isEqualTo("post");
        // opening the confirmation changes nothing
        assertThat(calloutQueries.find(id).orElseThrow().status()).isEqualTo(CalloutStatus.ACTIVE);

        var cookies = mvc.perform(post("/samordning/utskick/{id}/stoppa", id)
                        .with(authentication(CalloutPageFixtures.coordinator()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/samordning/utskick/" + id))
                .andExpect(flash().attribute("flash", "callout.page.stopped"))
                .andExpect(flash().attribute("flashCount", 2L))
                .andReturn()
                .getResponse()
                .getCookies();
        // the session cookie, as in a browser: the message with the count shows after the redirect
        var stopped = Jsoup.parse(mvc.perform(get("/samordning/utskick/{id}", id)
                        .cookie(cookies)
                        .with(authentication(CalloutPageFixtures.coordinator())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(stopped.select(".flash").text())
                .isEqualTo("Utskicket är stoppat. 2 som inte hade svarat har fått veta att de inte behövs.");
        assertThat(calloutQueries.find(id).orElseThrow().status()).isEqualTo(CalloutStatus.STOPPED);
        assertThat(askStatus(id, first)).isEqualTo("STOOD_DOWN");
        assertThat(askStatus(id, second)).isEqualTo("STOOD_DOWN");
        var askIds = jdbc.sql("SELECT id FROM callout_ask WHERE callout_id = ?")
                .param(id)
                .query(UUID.class)
                .list();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (var askId : askIds) {
                assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE dedupe_key = ?")
                                .param("callout-stood-down:" + askId)
                                .query(Integer.class)
                                .single())
                        .isEqualTo(1);
            }
        });

        var page = page("/samordning/utskick/" + id);
        assertThat(page.select("#callout-status").text()).isEqualTo("Stoppat");
        assertThat(page.select("#callout-need").text()).contains("en samordnare stoppade utskicket");
        assertThat(page.select("#callout-asks tbody").text()).contains("Behövs inte (avbeskedad)");
        assertThat(page.select("#callout-asks").attr("data-hx-trigger")).isEmpty();
        assertThat(page.select("#callout-stop")).isEmpty();
        assertThat(page.select("#callout-restart")).hasSize(1);
        // a stopped call-out cannot be stopped again
        mvc.perform(get("/samordning/utskick/{id}/stoppa", id).with(authentication(CalloutPageFixtures.coordinator())))
                .andExpect(redirectedUrl("/samordning/utskick/" + id))
                .andExpect(flash().attribute("flash", "callout.page.notActive"));
        mvc.perform(post("/samordning/utskick/{id}/stoppa", id)
                        .with(authentication(CalloutPageFixtures.coordinator()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/samordning/utskick/" + id))
                .andExpect(flash().attribute("flash", "callout.page.notActive"));
    }

    @Test
    void widenWithLettersShowsTheErrorNextToTheFieldAndChangesNothing() throws Exception {
        var home = district("Breddholmen");
        var request = helpRequests.submit(CalloutPageFixtures.shopping("Bodil Bredd", home, null), "test");
        CalloutPageFixtures.volunteer(jdbc, "Erik Bredd", home);
        var id = start(request, Urgency.SOON);
        var asksBefore = calloutQueries.asks(id).size();

        var html = mvc.perform(post("/samordning/utskick/{id}/bredda", id)
                        .param("allDistricts", "true")
                        .param("morePeople", "abc")
                        .with(authentication(CalloutPageFixtures.coordinator()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var page = Jsoup.parse(html);
        assertThat(page.select("#morePeople-error").text()).isEqualTo("Skriv ett heltal från 0 till 50");
        assertThat(page.select("#error-summary a").attr("href")).isEqualTo("#morePeople-field");
        assertThat(page.select("input[name=morePeople]").val()).isEqualTo("abc");
        assertThat(page.select("input[name=allDistricts]").hasAttr("checked")).isTrue();
        var callout = calloutQueries.find(id).orElseThrow();
        assertThat(callout.allDistricts()).isFalse();
        assertThat(callout.extraAsks()).isZero();
        assertThat(callout.waves()).isEqualTo(1);
        assertThat(calloutQueries.asks(id)).hasSize(asksBefore);

        var nothing = Jsoup.parse(mvc.perform(post("/samordning/utskick/{id}/bredda", id)
                        .param("morePeople", "0")
                        .with(authentication(CalloutPageFixtures.coordinator()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(nothing.select("#morePeople-error").text()).contains("alla områden");
        assertThat(calloutQueries.find(id).orElseThrow().waves()).isEqualTo(1);
    }

    @Test
    void widenToAllDistrictsAsksAVolunteerFromAFarDistrict() throws Exception {
        // a language nobody else speaks: only the far volunteer can be asked anywhere
        var language = "x" + UUID.randomUUID().toString().substring(0, 6);
        var home = district("Hemholmen");
        var far = district("Fjärrholmen");
        var request = helpRequests.submit(CalloutPageFixtures.shopping("Frida Fjärr", home, language), "test");
        var near = CalloutPageFixtures.volunteer(jdbc, "Gustav Nära", home);
        var distant = CalloutPageFixtures.volunteer(jdbc, "Hanna Fjärran", far, "sv", language);
        var id = start(request, Urgency.SOON);
        assertThat(calloutQueries.asks(id)).isEmpty();
        assertThat(page("/samordning/utskick/" + id + "?vilka=visa")
                        .select("#callout-skipped tbody")
                        .text())
                .contains("Talar inte språket")
                .contains("Gustav Nära");

        mvc.perform(post("/samordning/utskick/{id}/bredda", id)
                        .param("allDistricts", "true")
                        .param("morePeople", "0")
                        .with(authentication(CalloutPageFixtures.coordinator()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/samordning/utskick/" + id))
                .andExpect(flash().attribute("flash", "callout.page.widened"))
                .andExpect(flash().attribute("flashCount", 1));
        assertThat(calloutQueries.asks(id))
                .extracting(CalloutAsk::volunteerId)
                .containsExactly(distant)
                .doesNotContain(near);
        assertThat(calloutQueries.find(id).orElseThrow().allDistricts()).isTrue();
        assertThat(page("/samordning/utskick/" + id)
                        .select("#callout-asks tbody")
                        .text())
                .contains("Hanna Fjärran");
    }

    @Test
    void restartAfterStopStartsANewActiveCallout() throws Exception {
        var home = district("Omstartsholmen");
        var request = helpRequests.submit(CalloutPageFixtures.shopping("Rut Omstart", home, null), "test");
        CalloutPageFixtures.volunteer(jdbc, "Ivar Omstart", home);
        var id = start(request, Urgency.PLANNED);

        // restarting an active call-out is refused kindly
        mvc.perform(post("/samordning/utskick/{id}/starta-om", id)
                        .with(authentication(CalloutPageFixtures.coordinator()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/samordning/utskick/" + id))
                .andExpect(flash().attribute("flash", "callout.page.alreadyActive"));

        callouts.stop(id, "test");
        var result = mvc.perform(post("/samordning/utskick/{id}/starta-om", id)
                        .with(authentication(CalloutPageFixtures.coordinator()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "callout.page.restarted"))
                .andReturn();
        var active =
                calloutQueries.activeFor(SubjectType.HELP_REQUEST, request.id()).orElseThrow();
        assertThat(active.id()).isNotEqualTo(id);
        assertThat(active.urgency()).isEqualTo(Urgency.PLANNED);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/samordning/utskick/" + active.id());
        assertThat(calloutQueries.forSubject(SubjectType.HELP_REQUEST, request.id()))
                .hasSize(2);
    }

    @Test
    void listPagesTwentyAtATimeFiltersByStatusAndExplainsAnEmptyList() {
        // in a transaction that is rolled back: the list must hold only this test's call-outs
        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            try {
                jdbc.sql("DELETE FROM callout").update();
                var empty = page("/samordning/utskick");
                assertThat(empty.select("#callout-empty").text()).contains("Starta utskick");
                assertThat(empty.select("#callout-list")).isEmpty();

                var home = district("Listholmen");
                var base = Instant.parse("2026-01-01T08:00:00Z");
                for (var i = 0; i < 20; i++) {
                    insert(home, "Stoppad " + i, "STOPPED", base.plusSeconds(60L * i));
                }
                insert(home, "Aktiv", "ACTIVE", base.plusSeconds(3600));

                var first = page("/samordning/utskick");
                var rows = first.select("#callout-list tbody tr");
                assertThat(rows).hasSize(20);
                assertThat(rows.first().text())
                        .startsWith("Aktiv")
                        .contains("Handling")
                        .contains("Listholmen")
                        .contains("0 av 1")
                        .contains("Pågår");
                assertThat(rows.get(1).text()).startsWith("Stoppad 19").contains("Stoppat");
                assertThat(first.select(".pagination").text())
                        .contains("Sida 1 av 2")
                        .contains("Nästa sida");
                var second = page("/samordning/utskick?sida=2");
                assertThat(second.select("#callout-list tbody tr").eachText())
                        .singleElement()
                        .asString()
                        .startsWith("Stoppad 0 ");
                var active = page("/samordning/utskick?status=ACTIVE");
                assertThat(active.select("#callout-list tbody tr").eachText())
                        .singleElement()
                        .asString()
                        .startsWith("Aktiv");
                assertThat(active.select("a[aria-current=page]").text()).isEqualTo("Pågår");
                var filled = page("/samordning/utskick?status=FILLED");
                assertThat(filled.select("#callout-empty").text()).isEqualTo("Inga utskick med det här läget.");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                tx.setRollbackOnly();
            }
        });
    }

    private void insert(String district, String title, String status, Instant startedAt) {
        var active = status.equals("ACTIVE");
        var subject = UUID.randomUUID();
        jdbc.sql("""
				INSERT INTO callout (id, subject_type, subject_id, active_subject, title, kind, district_id, need_date,
				  time_from, people_needed, factor, urgency, status, started_by, started_at, ended_at, end_reason)
				VALUES (?, 'HELP_REQUEST', ?, ?, ?, 'SHOPPING', ?, ?, '10:00', 1, 3, 'SOON', ?, 'test', ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        subject,
                        active ? subject : null,
                        title,
                        district,
                        java.sql.Date.valueOf(LocalDate.of(2026, 1, 2)),
                        status,
                        Timestamp.from(startedAt),
                        active ? null : Timestamp.from(startedAt.plusSeconds(30)),
                        active ? null : "STOPPED")
                .update();
    }

    @Test
    void rendersInEnglish() throws Exception {
        var home = district("Engelska holmen");
        var request = helpRequests.submit(CalloutPageFixtures.shopping("Edna English", home, null), "test");
        CalloutPageFixtures.volunteer(jdbc, "Jack Asked", home);
        var id = start(request, Urgency.SOON);

        var page = page("/samordning/utskick/" + id + "?lang=en");
        assertThat(page.select("h1").text()).isEqualTo("Call-out #" + request.number());
        assertThat(page.select("#callout-need").text())
                .contains("Shopping")
                .contains("Soon")
                .contains("Active");
        assertThat(page.select("#callout-asks caption").text()).isEqualTo("Volunteers asked");
        assertThat(page.select("#callout-skipped h2").text()).isEqualTo("Not asked, and why");
        assertThat(page.select("#callout-widen button").text()).isEqualTo("Ask more people");
        var list = page("/samordning/utskick?lang=en");
        assertThat(list.select("h1").text()).isEqualTo("Call-outs");
        var stop = page("/samordning/utskick/" + id + "/stoppa?lang=en");
        assertThat(stop.select("button").text()).contains("Yes, stop the call-out");
    }

    @Test
    void volunteersMayNotSeeCalloutsAndAnUnknownCalloutIsNotFound() throws Exception {
        mvc.perform(get("/samordning/utskick").with(authentication(CalloutPageFixtures.volunteerUser())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/samordning/utskick/{id}", UUID.randomUUID())
                        .with(authentication(CalloutPageFixtures.volunteerUser())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/samordning/utskick/{id}/stoppa", UUID.randomUUID())
                        .with(authentication(CalloutPageFixtures.volunteerUser()))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/samordning/utskick/{id}", UUID.randomUUID())
                        .with(authentication(CalloutPageFixtures.coordinator())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/samordning/utskick/{id}/starta-om", UUID.randomUUID())
                        .with(authentication(CalloutPageFixtures.coordinator()))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }
}
