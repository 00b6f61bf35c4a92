package se.samverka.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.privacy.PrivacyFixtures.now;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.consent.ConsentPurpose;
import se.samverka.consent.Consents;
import se.samverka.helprequest.HelpRequests;
import se.samverka.notification.Outbox;
import se.samverka.notification.OutgoingMessage;
import se.samverka.safeguarding.CheckKind;
import se.samverka.safeguarding.Safeguarding;
import se.samverka.shared.PersonRef;
import tools.jackson.databind.json.JsonMapper;

/** The volunteer's own data as a page and as a file, erasure's confirmation, and consents that take effect. */
@IntegrationTest
class DataSubjectRightsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Consents consents;

    @Autowired
    Outbox outbox;

    @Autowired
    Safeguarding safeguarding;

    @Autowired
    HelpRequests helpRequests;

    @Test
    void theJsonDownloadHasEverySectionWithTheVolunteersData() throws Exception {
        var tag = PrivacyFixtures.tag();
        var email = "export." + tag + "@example.se";
        var phone = PrivacyFixtures.mobile();
        var volunteer = PrivacyFixtures.volunteer(jdbc, "Export" + tag, "Person", email, phone);
        consents.give(
                PersonRef.volunteer(volunteer.id()),
                ConsentPurpose.VOLUNTEER_REGISTER,
                consents.noticeVersion(),
                Consents.SELF);
        safeguarding.record(volunteer.id(), CheckKind.ID_CHECKED, "samordnare", LocalDate.now(), null);
        safeguarding.acceptCurrentPledge(volunteer.id());
        outbox.enqueue(OutgoingMessage.sms("export-sms:" + tag, phone, "test", "Hej Export" + tag));
        jdbc.sql(
                        "INSERT INTO inbound_sms (id, provider_id, from_number, message, answer, received_at) VALUES (?, ?, ?, 'JA', 'YES', ?)")
                .params(UUID.randomUUID(), "p-" + UUID.randomUUID(), phone, now())
                .update();

        var response = mvc.perform(get("/mina-sidor/mina-uppgifter.json")
                        .with(authentication(PrivacyFixtures.as(volunteer.user()))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")))
                .andReturn()
                .getResponse();
        var json = JsonMapper.builder().build().readTree(response.getContentAsByteArray());
        assertThat(json.at("/person/id").asString()).isEqualTo(volunteer.id().toString());
        var sections = json.get("sections");
        for (var path : new String[] {
            "/volunteer/profile",
            "/volunteer/districts",
            "/volunteer/kinds",
            "/volunteer/languages",
            "/task/assignments",
            "/callout/asks",
            "/callout/ledger",
            "/effort/signups",
            "/safeguarding/checks",
            "/safeguarding/pledges",
            "/notification/outbox",
            "/notification/inboundSms",
            "/consent/consents",
            "/account/account"
        }) {
            assertThat(sections.at(path).isArray()).as(path).isTrue();
        }
        assertThat(sections.at("/volunteer/profile/0/email").asString()).isEqualTo(email);
        assertThat(sections.at("/volunteer/districts").size()).isEqualTo(1);
        assertThat(sections.at("/safeguarding/checks/0/kind").asString()).isEqualTo("ID_CHECKED");
        assertThat(sections.at("/safeguarding/pledges").size()).isEqualTo(1);
        assertThat(sections.at("/notification/outbox/0/body").asString()).contains("Export" + tag);
        assertThat(sections.at("/notification/inboundSms/0/from_number").asString())
                .isEqualTo(phone);
        assertThat(sections.at("/consent/consents/0/purpose").asString()).isEqualTo("VOLUNTEER_REGISTER");
        assertThat(sections.at("/account/account/0/username").asString()).isEqualTo(email);

        var page = Jsoup.parse(mvc.perform(get("/mina-sidor/mina-uppgifter")
                        .param("lang", "en")
                        .with(authentication(PrivacyFixtures.as(volunteer.user()))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("My data");
        assertThat(page.select("#section-volunteer-profile").text()).contains(email);
        assertThat(page.select("#section-safeguarding-pledges h2").text()).isEqualTo("Confidentiality pledges");
    }

    @Test
    void erasureNeedsTheConfirmationAndWarnsOfAnActiveTask() throws Exception {
        var tag = PrivacyFixtures.tag();
        var volunteer = PrivacyFixtures.volunteer(
                jdbc, "Aktiv" + tag, "Person", "aktiv." + tag + "@example.se", PrivacyFixtures.mobile());
        var request = helpRequests
                .submit(PrivacyFixtures.request(jdbc, "Boende" + tag), "test", true)
                .id();
        jdbc.sql("""
				INSERT INTO assignment (id, request_id, volunteer_id, status, active_request_id, via, assigned_at)
				VALUES (?, ?, ?, 'ACTIVE', ?, 'DIRECT', ?)""")
                .params(UUID.randomUUID(), request, volunteer.id(), request, now())
                .update();
        jdbc.sql("UPDATE help_request SET status = 'ASSIGNED' WHERE id = ?")
                .param(request)
                .update();
        var me = authentication(PrivacyFixtures.as(volunteer.user()));

        var page = Jsoup.parse(mvc.perform(get("/mina-sidor/radera").with(me))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select(".warning").text()).contains("lämnas tillbaka till samordnaren");
        var refused =
                Jsoup.parse(mvc.perform(post("/mina-sidor/radera").with(me).with(csrf()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(refused.select(".error-summary").text()).contains("Kryssa i rutan");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM volunteer WHERE id = ?")
                        .param(volunteer.id())
                        .query(Integer.class)
                        .single())
                .as("nothing erased without the box")
                .isEqualTo(1);

        mvc.perform(post("/mina-sidor/radera").param("confirm", "true").with(me).with(csrf()))
                .andExpect(redirectedUrl("/bli-volontar/raderad"));
        assertThat(jdbc.sql("SELECT status FROM help_request WHERE id = ?")
                        .param(request)
                        .query(String.class)
                        .single())
                .as("the task went back to the queue")
                .isEqualTo("OPEN");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account WHERE id = ?")
                        .param(volunteer.accountId())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void withdrawingTheConsentToShareWithdrawsTheOpenReferralsOfTheRequest() throws Exception {
        var tag = PrivacyFixtures.tag();
        var request = helpRequests
                .submit(PrivacyFixtures.request(jdbc, "Delning" + tag), "test", true)
                .id();
        var organisation = UUID.randomUUID();
        jdbc.sql("""
				INSERT INTO organisation (id, name, form, purpose, email, status, applied_at, confirmed_at)
				VALUES (?, ?, 'IDEELL_FORENING', 'Hjälper grannar', ?, 'APPROVED', ?, ?)""")
                .params(organisation, "Förening " + tag, "info." + tag + "@example.se", now(), now())
                .update();
        jdbc.sql(
                        "INSERT INTO referral_consent (request_id, method, recorded_by, recorded_at) VALUES (?, 'PHONE', 'samordnare', ?)")
                .params(request, now())
                .update();
        consents.give(
                PersonRef.resident(request),
                ConsentPurpose.SHARE_WITH_ASSOCIATION,
                consents.noticeVersion(),
                "samordnare");
        var referral = UUID.randomUUID();
        jdbc.sql("""
				INSERT INTO referral (id, request_id, organisation_id, status, summary, offered_by, offered_at, deadline,
				  request_kind, request_district_id)
				VALUES (?, ?, ?, 'OFFERED', ?, 'samordnare', ?, ?,
				  (SELECT kind FROM help_request WHERE id = ?), (SELECT district_id FROM help_request WHERE id = ?))""")
                .params(
                        referral,
                        request,
                        organisation,
                        "Sammanfattning " + tag,
                        now(),
                        Timestamp.from(Instant.now().plusSeconds(86400)),
                        request,
                        request)
                .update();
        var coordinator = authentication(PrivacyFixtures.as(PrivacyFixtures.coordinator()));

        var confirm = Jsoup.parse(mvc.perform(get("/samordning/arenden/{id}/hanvisa/aterkalla-samtycke", request)
                        .with(coordinator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(confirm.select("h1").text()).isEqualTo("Återkalla samtycket att lämna ärendet till en förening");
        assertThat(jdbc.sql("SELECT status FROM referral WHERE id = ?")
                        .param(referral)
                        .query(String.class)
                        .single())
                .as("nothing happens before the confirmation")
                .isEqualTo("OFFERED");

        mvc.perform(post("/samordning/arenden/{id}/hanvisa/aterkalla-samtycke", request)
                        .with(coordinator)
                        .with(csrf()))
                .andExpect(redirectedUrl("/samordning/arenden/" + request + "/hanvisa"));

        assertThat(jdbc.sql("SELECT status FROM referral WHERE id = ?")
                        .param(referral)
                        .query(String.class)
                        .single())
                .isEqualTo("WITHDRAWN");
        assertThat(consents.holds(PersonRef.resident(request), ConsentPurpose.SHARE_WITH_ASSOCIATION))
                .isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM referral_consent WHERE request_id = ?")
                        .param(request)
                        .query(Integer.class)
                        .single())
                .as("a new referral needs a new consent")
                .isZero();
    }

    @Test
    void theVolunteerSeesTheirConsentsAndWithdrawingTheRegisterLeadsToErasure() throws Exception {
        var tag = PrivacyFixtures.tag();
        var volunteer = PrivacyFixtures.volunteer(
                jdbc, "Samtycke" + tag, "Person", "samtycke." + tag + "@example.se", PrivacyFixtures.mobile());
        var ref = PersonRef.volunteer(volunteer.id());
        consents.give(ref, ConsentPurpose.VOLUNTEER_REGISTER, consents.noticeVersion(), Consents.SELF);
        consents.give(ref, ConsentPurpose.IDEA_CONTACT, consents.noticeVersion(), Consents.SELF);
        var me = authentication(PrivacyFixtures.as(volunteer.user()));

        var page = Jsoup.parse(mvc.perform(get("/mina-sidor/samtycken").with(me))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#consents tbody tr")).hasSize(2);
        assertThat(page.select("#consents").text()).contains(consents.noticeVersion());

        mvc.perform(get("/mina-sidor/samtycken/aterkalla")
                        .param("syfte", "VOLUNTEER_REGISTER")
                        .with(me))
                .andExpect(redirectedUrl("/mina-sidor/radera"));
        mvc.perform(get("/mina-sidor/samtycken/aterkalla")
                        .param("syfte", "IDEA_CONTACT")
                        .with(me))
                .andExpect(status().isOk());
        mvc.perform(post("/mina-sidor/samtycken/aterkalla")
                        .param("syfte", "IDEA_CONTACT")
                        .with(me)
                        .with(csrf()))
                .andExpect(redirectedUrl("/mina-sidor/samtycken"));
        assertThat(consents.holds(ref, ConsentPurpose.IDEA_CONTACT)).isFalse();
        assertThat(consents.holds(ref, ConsentPurpose.VOLUNTEER_REGISTER)).isTrue();

        var after = Jsoup.parse(mvc.perform(get("/mina-sidor/samtycken").with(me))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(after.select("#withdraw-IDEA_CONTACT")).isEmpty();
        assertThat(after.select("#withdraw-VOLUNTEER_REGISTER").text()).contains("raderar");
    }

    @Test
    void givingAConsentThatHoldsKeepsTheOneThatHolds() {
        var tag = PrivacyFixtures.tag();
        var volunteer = PrivacyFixtures.volunteer(
                jdbc, "Tvagang" + tag, "Person", "tvagang." + tag + "@example.se", PrivacyFixtures.mobile());
        var ref = PersonRef.volunteer(volunteer.id());

        var first = consents.give(ref, ConsentPurpose.VOLUNTEER_REGISTER, "2020-01-01", Consents.SELF);
        var again = consents.give(ref, ConsentPurpose.VOLUNTEER_REGISTER, consents.noticeVersion(), Consents.SELF);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.noticeVersion()).isEqualTo("2020-01-01");
        assertThat(consents.of(ref)).hasSize(1);
    }

    @Test
    void aVolunteerWhoConsentedUnderAnOlderNoticeIsAskedToAcceptTheNewOne() throws Exception {
        var tag = PrivacyFixtures.tag();
        var volunteer = PrivacyFixtures.volunteer(
                jdbc, "Notis" + tag, "Person", "notis." + tag + "@example.se", PrivacyFixtures.mobile());
        var ref = PersonRef.volunteer(volunteer.id());
        consents.give(ref, ConsentPurpose.VOLUNTEER_REGISTER, "2020-01-01", Consents.SELF);
        var me = authentication(PrivacyFixtures.as(volunteer.user()));

        mvc.perform(get("/mina-sidor/profil").with(me)).andExpect(redirectedUrl("/mina-sidor/integritet"));
        mvc.perform(get("/mina-sidor/samtycken").with(me)).andExpect(status().isOk());
        var notice = Jsoup.parse(mvc.perform(get("/mina-sidor/integritet").with(me))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(notice.select("#notice-changed").text()).contains(consents.noticeVersion());

        mvc.perform(post("/mina-sidor/integritet").with(me).with(csrf())).andExpect(redirectedUrl("/mina-sidor"));
        mvc.perform(get("/mina-sidor/profil").with(me)).andExpect(status().isOk());
        assertThat(consents.current(ref, ConsentPurpose.VOLUNTEER_REGISTER)
                        .orElseThrow()
                        .noticeVersion())
                .isEqualTo(consents.noticeVersion());
        var page = Jsoup.parse(mvc.perform(get("/mina-sidor/samtycken").with(me))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#consents tbody tr")).hasSize(2);
        assertThat(page.select("#consents").text())
                .contains("Ersatt av en nyare version")
                .contains("2020-01-01");
    }

    @Test
    void aCoordinatorPrintsAnExtractOfTheResidentsDataAndTheExtractIsAudited() throws Exception {
        var tag = PrivacyFixtures.tag();
        var residentName = "Utdrag" + tag + " Boende";
        var request = helpRequests
                .submit(PrivacyFixtures.request(jdbc, residentName), "test", true)
                .id();
        var coordinator = authentication(PrivacyFixtures.as(PrivacyFixtures.coordinator()));

        var page = Jsoup.parse(mvc.perform(get("/samordning/arenden/{id}/uppgifter", request)
                        .param("lang", "en")
                        .with(coordinator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Extract of the resident's data");
        assertThat(page.select("#section-helprequest-requests").text()).contains(residentName, "Gatan 1", "Blåbär");
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM audit_log WHERE action = 'EXPORT' AND subject_kind = 'RESIDENT' AND subject_id = ?")
                        .param(request)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        var requestPage =
                Jsoup.parse(mvc.perform(get("/samordning/arenden/{id}", request).with(coordinator))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(requestPage.select("#resident-extract-link").attr("href"))
                .isEqualTo("/samordning/arenden/" + request + "/uppgifter");
        assertThat(requestPage.select("#resident-erase-link").attr("href"))
                .isEqualTo("/samordning/arenden/" + request + "/radera");
        mvc.perform(post("/samordning/arenden/{id}/radera", request)
                        .with(coordinator)
                        .with(csrf()))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT resident_name FROM help_request WHERE id = ?")
                        .param(request)
                        .query(String.class)
                        .single())
                .as("nothing erased without the box")
                .isEqualTo(residentName);
    }
}
