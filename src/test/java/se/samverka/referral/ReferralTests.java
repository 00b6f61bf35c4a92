package se.samverka.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.referral.ReferralFixtures.as;
import static se.samverka.referral.ReferralFixtures.coordinator;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.samverka.IntegrationTest;
import se.samverka.Settled;
import se.samverka.account.AccountManagement;
import se.samverka.callout.Callouts;
import se.samverka.callout.Need;
import se.samverka.callout.SubjectType;
import se.samverka.callout.Urgency;
import se.samverka.district.Districts;
import se.samverka.helprequest.HelpRequest;
import se.samverka.helprequest.HelpRequestStatus;
import se.samverka.helprequest.HelpRequests;

@IntegrationTest
class ReferralTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Districts districts;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    AccountManagement accounts;

    @Test
    void refusesAReferralWithoutConsentNextToTheFieldAndKeepsWhatWasTyped() throws Exception {
        var district = ReferralFixtures.district(districts);
        var request = ReferralFixtures.request(helpRequests, district, ReferralFixtures.MOBILE);
        var org = ReferralFixtures.organisation(jdbc, "Samtyckesföreningen", district);

        var html = mvc.perform(refer(request, null, List.of(org), "Handla mat en gång"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        var page = Jsoup.parse(html);
        assertThat(page.select("#consentGiven-field .field-error").text()).contains("samtyckt");
        assertThat(page.select("#error-summary a[href=#consentGiven-field]")).hasSize(1);
        assertThat(page.select("textarea[name=summary]").text()).isEqualTo("Handla mat en gång");
        assertThat(page.select("input[name=organisationIds][value=" + org + "]").hasAttr("checked"))
                .isTrue();
        assertThat(countReferrals(request.id())).isZero();
        assertThat(helpRequests.find(request.id()).orElseThrow().status()).isEqualTo(HelpRequestStatus.OPEN);
    }

    @Autowired
    Callouts callouts;

    @Autowired
    se.samverka.callout.CalloutQueries calloutQueries;

    @Test
    void referringStandsDownAVolunteerCallOutForTheSameRequest() throws Exception {
        var district = ReferralFixtures.district(districts);
        var request = ReferralFixtures.request(helpRequests, district, ReferralFixtures.MOBILE);
        var org = ReferralFixtures.organisation(jdbc, "Övertagarföreningen", district);
        var calloutId = callouts.start(new Callouts.Start(
                SubjectType.HELP_REQUEST,
                request.id(),
                "#" + request.number(),
                new Need(request.kind(), district, request.date(), request.timeFrom(), request.timeTo(), null, 1),
                Urgency.SOON,
                null,
                "test"));

        mvc.perform(refer(request, "PHONE", List.of(org), "Handla mat en gång")).andExpect(status().is3xxRedirection());

        var callout = calloutQueries.find(calloutId).orElseThrow();
        assertThat(callout.status().name()).isEqualTo("STOPPED");
        assertThat(calloutQueries.activeFor(SubjectType.HELP_REQUEST, request.id()))
                .isEmpty();
    }

    @Test
    void refersToOneOrganisationAndItsMembersAreEmailedWithoutTheResidentsName() throws Exception {
        var district = ReferralFixtures.district(districts);
        var request = ReferralFixtures.request(helpRequests, district, ReferralFixtures.MOBILE);
        var org = ReferralFixtures.organisation(jdbc, "Enaföreningen", district);
        var member = ReferralFixtures.member(jdbc, accounts, org, "Maja Medlem");

        mvc.perform(refer(request, "PHONE", List.of(org), "Handla mat en gång"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "referral.flash.referred"));

        assertThat(jdbc.sql("SELECT method FROM referral_consent WHERE request_id = ?")
                        .param(request.id())
                        .query(String.class)
                        .single())
                .isEqualTo("PHONE");
        assertThat(statuses(request.id())).containsExactly("OFFERED");
        assertThat(helpRequests.find(request.id()).orElseThrow().status()).isEqualTo(HelpRequestStatus.ASSIGNED);
        assertThat(helpRequests.history(request.id()))
                .extracting(h -> h.action())
                .contains("REFERRAL_CONSENT", "REFERRAL_OFFERED", "ASSIGNED");
        var referralId = referralIds(request.id()).get(0);
        // the request's kind and district, kept with the referral for the overview
        assertThat(jdbc.sql("SELECT request_kind, request_district_id FROM referral WHERE id = ?")
                        .param(referralId)
                        .query((rs, i) -> rs.getString(1) + " " + rs.getString(2))
                        .single())
                .isEqualTo(request.kind().code() + " " + district);
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'referral-deadline' AND task_instance = ?")
                        .param(referralId.toString())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var bodies = outbox("referral-offered:" + referralId + ":%", member.username());
            assertThat(bodies).hasSize(1);
            assertThat(bodies.get(0))
                    .contains("/forening/" + org + "/arenden/" + referralId)
                    .doesNotContain("Greta Hemlig")
                    .doesNotContain("Hemliga vägen");
        });

        var requestPage = Jsoup.parse(
                mvc.perform(get("/samordning/arenden/{id}", request.id()).with(as(coordinator())))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(requestPage.select("#referral-link").attr("href"))
                .isEqualTo("/samordning/arenden/" + request.id() + "/hanvisa");
        var page = coordinatorPage(request);
        assertThat(page.select("#referral-status tbody tr").text())
                .contains("Enaföreningen")
                .contains("Erbjuden");
        assertThat(page.select("#consent-recorded").text()).contains("I telefon");
    }

    @Test
    void offersToSeveralTheFirstToAcceptGetsItTheOthersAreWithdrawnAndToldAndTheResidentGetsAnSms() throws Exception {
        var district = ReferralFixtures.district(districts);
        var request = ReferralFixtures.request(helpRequests, district, ReferralFixtures.MOBILE);
        var first = ReferralFixtures.organisation(jdbc, "Förstaföreningen", district);
        var second = ReferralFixtures.organisation(jdbc, "Andraföreningen", district);
        var firstMember = ReferralFixtures.member(jdbc, accounts, first, "Frida Först");
        var secondMember = ReferralFixtures.member(jdbc, accounts, second, "Anders Andra");

        mvc.perform(refer(request, "PHONE", List.of(first, second), "Handla mat en gång"))
                .andExpect(flash().attribute("flash", "referral.flash.offered"));
        var firstReferral = referralOf(request.id(), first);
        var secondReferral = referralOf(request.id(), second);

        // before accepting: only what is needed to decide
        var before = Jsoup.parse(mvc.perform(
                        get("/forening/{o}/arenden/{r}", second, secondReferral).with(as(secondMember)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(before.select("#summary").text()).isEqualTo("Handla mat en gång");
        assertThat(before.text())
                .contains("Handla")
                .doesNotContain("Greta Hemlig")
                .doesNotContain("Hemliga vägen")
                .doesNotContain("070-123 45 67")
                .doesNotContain("ring på dörren");
        var list = mvc.perform(get("/forening/{o}/arenden", second).with(as(secondMember)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains(secondReferral.toString()).doesNotContain("Greta Hemlig");

        mvc.perform(post("/forening/{o}/arenden/{r}/ja", first, firstReferral)
                        .with(csrf())
                        .with(as(firstMember)))
                .andExpect(flash().attribute("flash", "referral.flash.ACCEPTED"));
        mvc.perform(post("/forening/{o}/arenden/{r}/ja", second, secondReferral)
                        .with(csrf())
                        .with(as(secondMember)))
                .andExpect(flash().attribute("flash", "referral.flash.TAKEN_BY_OTHER"));

        assertThat(statusOf(firstReferral)).isEqualTo("ACCEPTED");
        assertThat(statusOf(secondReferral)).isEqualTo("WITHDRAWN");
        var after = Jsoup.parse(mvc.perform(
                        get("/forening/{o}/arenden/{r}", first, firstReferral).with(as(firstMember)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(after.select("#resident").text())
                .contains("Greta Hemlig")
                .contains("070-123 45 67")
                .contains("Hemliga vägen 7")
                .contains("ring på dörren");
        var withdrawn = mvc.perform(
                        get("/forening/{o}/arenden/{r}", second, secondReferral).with(as(secondMember)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(withdrawn).doesNotContain("Greta Hemlig").doesNotContain("Hemliga vägen");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(outbox("referral-withdrawn:" + secondReferral + ":%", secondMember.username()))
                    .singleElement()
                    .asString()
                    .contains("En annan förening hann tacka ja först");
            assertThat(outbox("referral-accepted:" + firstReferral, "+46701234567"))
                    .singleElement()
                    .asString()
                    .contains("Förstaföreningen")
                    .contains("hör av sig");
        });
        assertThat(outbox("referral-withdrawn:" + firstReferral + ":%", firstMember.username()))
                .isEmpty();
        assertThat(helpRequests.history(request.id()))
                .extracting(h -> h.action())
                .contains("REFERRAL_ACCEPTED", "REFERRAL_RESIDENT_TOLD");
        assertThat(coordinatorPage(request).select("#resident-told").text()).contains("Förstaföreningen");
    }

    @Test
    void aResidentWithoutAMobileGetsNoSmsAndTheCoordinatorIsToldToCall() throws Exception {
        var since = Settled.now();
        var district = ReferralFixtures.district(districts);
        var request = ReferralFixtures.request(helpRequests, district, ReferralFixtures.LANDLINE);
        var org = ReferralFixtures.organisation(jdbc, "Fastaföreningen", district);
        var member = ReferralFixtures.member(jdbc, accounts, org, "Filip Fast");
        mvc.perform(refer(request, "PHONE", List.of(org), "Handla"));
        var referral = referralOf(request.id(), org);

        mvc.perform(post("/forening/{o}/arenden/{r}/ja", org, referral)
                        .with(csrf())
                        .with(as(member)))
                .andExpect(flash().attribute("flash", "referral.flash.ACCEPTED"));

        assertThat(coordinatorPage(request).select("#call-resident").text())
                .contains("ring och berätta att Fastaföreningen")
                .contains("hör av sig");
        assertThat(helpRequests.history(request.id()))
                .extracting(h -> h.action())
                .contains("REFERRAL_CALL_RESIDENT");
        Settled.since(jdbc, since); // nothing more is on its way
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE dedupe_key = ?")
                        .param("referral-accepted:" + referral)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aDeclineIsRecordedWithItsReasonAndTheLastDeclineReturnsTheRequestWithAWarning() throws Exception {
        var district = ReferralFixtures.district(districts);
        var request = ReferralFixtures.request(helpRequests, district, ReferralFixtures.MOBILE);
        var org = ReferralFixtures.organisation(jdbc, "Nejföreningen", district);
        var member = ReferralFixtures.member(jdbc, accounts, org, "Nils Nej");
        mvc.perform(refer(request, "PHONE", List.of(org), "Handla"));
        var referral = referralOf(request.id(), org);

        mvc.perform(post("/forening/{o}/arenden/{r}/nej", org, referral)
                        .param("declineReason", "Ingen ledig den dagen")
                        .with(csrf())
                        .with(as(member)))
                .andExpect(flash().attribute("flash", "referral.flash.DECLINED"));

        assertThat(statusOf(referral)).isEqualTo("DECLINED");
        assertThat(jdbc.sql("SELECT decline_reason FROM referral WHERE id = ?")
                        .param(referral)
                        .query(String.class)
                        .single())
                .isEqualTo("Ingen ledig den dagen");
        assertThat(helpRequests.find(request.id()).orElseThrow().status()).isEqualTo(HelpRequestStatus.OPEN);
        assertThat(attentionItems(district))
                .anyMatch(t ->
                        t.startsWith("#" + request.number() + " ") && t.contains("ingen förening tackade ja i tid"));
        assertThat(coordinatorPage(request).select("#referral-status").text())
                .contains("Tackade nej")
                .contains("Ingen ledig den dagen");
    }

    @Test
    void aReferralCannotBeAnsweredOnceItsTimeHasPassed() throws Exception {
        var district = ReferralFixtures.district(districts);
        var request = ReferralFixtures.request(helpRequests, district, ReferralFixtures.MOBILE);
        var org = ReferralFixtures.organisation(jdbc, "Senföreningen", district);
        var member = ReferralFixtures.member(jdbc, accounts, org, "Sune Sen");
        mvc.perform(refer(request, "PHONE", List.of(org), "Handla"));
        var referral = referralOf(request.id(), org);
        jdbc.sql("UPDATE referral SET deadline = offered_at - INTERVAL '1' MINUTE WHERE id = ?")
                .param(referral)
                .update();

        mvc.perform(post("/forening/{o}/arenden/{r}/ja", org, referral)
                        .with(csrf())
                        .with(as(member)))
                .andExpect(flash().attribute("flash", "referral.flash.TOO_LATE"));
        assertThat(statusOf(referral)).isEqualTo("OFFERED");
    }

    @Test
    void theAcceptingOrganisationMarksTheHelpGivenAndThenNoLongerSeesTheResident() throws Exception {
        var district = ReferralFixtures.district(districts);
        var request = ReferralFixtures.request(helpRequests, district, ReferralFixtures.MOBILE);
        var org = ReferralFixtures.organisation(jdbc, "Klarföreningen", district);
        var member = ReferralFixtures.member(jdbc, accounts, org, "Klara Klar");
        mvc.perform(refer(request, "PHONE", List.of(org), "Handla"));
        var referral = referralOf(request.id(), org);
        mvc.perform(post("/forening/{o}/arenden/{r}/klar", org, referral)
                        .with(csrf())
                        .with(as(member)))
                .andExpect(flash().attribute("flash", "referral.flash.notDone"));
        mvc.perform(
                post("/forening/{o}/arenden/{r}/ja", org, referral).with(csrf()).with(as(member)));

        mvc.perform(post("/forening/{o}/arenden/{r}/klar", org, referral)
                        .with(csrf())
                        .with(as(member)))
                .andExpect(flash().attribute("flash", "referral.flash.done"));

        assertThat(helpRequests.find(request.id()).orElseThrow().status()).isEqualTo(HelpRequestStatus.DONE);
        var page = Jsoup.parse(
                mvc.perform(get("/forening/{o}/arenden/{r}", org, referral).with(as(member)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(page.select("#closed")).hasSize(1);
        assertThat(page.text()).doesNotContain("Greta Hemlig").doesNotContain("Hemliga vägen");
    }

    @Test
    void cancellingTheRequestWithdrawsOpenOffersAndTellsTheOrganisations() throws Exception {
        var district = ReferralFixtures.district(districts);
        var request = ReferralFixtures.request(helpRequests, district, ReferralFixtures.MOBILE);
        var org = ReferralFixtures.organisation(jdbc, "Inställdaföreningen", district);
        var member = ReferralFixtures.member(jdbc, accounts, org, "Ingrid Inställd");
        mvc.perform(refer(request, "PHONE", List.of(org), "Handla"));
        var referral = referralOf(request.id(), org);

        helpRequests.cancel(request.id(), "test", "Personen fick hjälp av en granne", false);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(statusOf(referral)).isEqualTo("WITHDRAWN");
            assertThat(outbox("referral-withdrawn:" + referral + ":%", member.username()))
                    .singleElement()
                    .asString()
                    .contains("behövs inte längre");
        });
    }

    @Test
    void cancellingAnAcceptedRequestTellsTheAcceptingOrganisation() throws Exception {
        var district = ReferralFixtures.district(districts);
        var request = ReferralFixtures.request(helpRequests, district, ReferralFixtures.MOBILE);
        var org = ReferralFixtures.organisation(jdbc, "Tagnaföreningen", district);
        var member = ReferralFixtures.member(jdbc, accounts, org, "Tage Tagen");
        mvc.perform(refer(request, "PHONE", List.of(org), "Handla"));
        var referral = referralOf(request.id(), org);
        mvc.perform(
                post("/forening/{o}/arenden/{r}/ja", org, referral).with(csrf()).with(as(member)));

        helpRequests.cancel(request.id(), "test", null, false);

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(outbox("referral-withdrawn:" + referral + ":%", member.username()))
                        .singleElement()
                        .asString()
                        .contains("varken svara eller hjälpa till"));
        assertThat(statusOf(referral)).isEqualTo("ACCEPTED");
        assertThat(mvc.perform(get("/forening/{o}/arenden/{r}", org, referral).with(as(member)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("Greta Hemlig");
    }

    MockHttpServletRequestBuilder refer(
            HelpRequest request, String consentMethod, List<UUID> organisations, String summary) {
        var builder = post("/samordning/arenden/{id}/hanvisa", request.id())
                .with(csrf())
                .with(as(coordinator()))
                .param("summary", summary)
                .param("deadlineHours", "24");
        if (consentMethod != null) {
            builder.param("consentGiven", "true").param("consentMethod", consentMethod);
        }
        organisations.forEach(o -> builder.param("organisationIds", o.toString()));
        return builder;
    }

    Document coordinatorPage(HelpRequest request) throws Exception {
        return Jsoup.parse(mvc.perform(
                        get("/samordning/arenden/{id}/hanvisa", request.id()).with(as(coordinator())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    List<String> attentionItems(String district) throws Exception {
        var page = Jsoup.parse(
                mvc.perform(get("/samordning").param("district", district).with(as(coordinator())))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        return page.select("#attention li").eachText();
    }

    int countReferrals(UUID requestId) {
        return jdbc.sql("SELECT COUNT(*) FROM referral WHERE request_id = ?")
                .param(requestId)
                .query(Integer.class)
                .single();
    }

    List<String> statuses(UUID requestId) {
        return jdbc.sql("SELECT status FROM referral WHERE request_id = ?")
                .param(requestId)
                .query(String.class)
                .list();
    }

    List<UUID> referralIds(UUID requestId) {
        return jdbc.sql("SELECT id FROM referral WHERE request_id = ?")
                .param(requestId)
                .query(UUID.class)
                .list();
    }

    UUID referralOf(UUID requestId, UUID organisationId) {
        return jdbc.sql("SELECT id FROM referral WHERE request_id = ? AND organisation_id = ?")
                .params(requestId, organisationId)
                .query(UUID.class)
                .single();
    }

    String statusOf(UUID referralId) {
        return jdbc.sql("SELECT status FROM referral WHERE id = ?")
                .param(referralId)
                .query(String.class)
                .single();
    }

    List<String> outbox(String dedupeKeyLike, String recipient) {
        return jdbc.sql("SELECT body FROM outbox_message WHERE dedupe_key LIKE ? AND recipient = ?")
                .params(dedupeKeyLike, recipient)
                .query(String.class)
                .list();
    }
}
