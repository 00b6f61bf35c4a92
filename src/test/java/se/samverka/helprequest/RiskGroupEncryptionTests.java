package se.samverka.helprequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.helprequest.HelpRequestFixtures.DISTRICT;
import static se.samverka.helprequest.HelpRequestFixtures.asCoordinator;
import static se.samverka.helprequest.HelpRequestFixtures.newDistrict;
import static se.samverka.helprequest.HelpRequestFixtures.posting;
import static se.samverka.helprequest.HelpRequestFixtures.request;
import static se.samverka.helprequest.HelpRequestFixtures.validForm;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.consent.ConsentPurpose;
import se.samverka.consent.Consents;
import se.samverka.district.Districts;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PersonRef;

/** The risk-group answer: encrypted at rest, bound to its request, rotated, only with consent, erased, audited. */
@IntegrationTest
class RiskGroupEncryptionTests {

    static final String OLD_KEY = "YRJQjhVQZoMWbx92VMS9hY/MpFEXBWMz9hAP5BIFjEI=";

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    RiskGroups riskGroups;

    @Autowired
    RiskGroupCipher cipher;

    @Autowired
    HelpRequestRepository repository;

    @Autowired
    Consents consents;

    @Autowired
    Districts districts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    @Test
    void theDatabaseHoldsADifferentCiphertextEachTimeAndNeverThePlaintext() {
        var first = submitWithRisk(true);
        var second = submitWithRisk(true);
        var no = submitWithRisk(false);
        var a = ciphertext(first);
        var b = ciphertext(second);
        assertThat(a).startsWith("test:").isNotEqualTo(b);
        assertThat(a.toLowerCase()).doesNotContain("true").doesNotContain("yes");
        // yes and no encrypt to the same length: the size of the value gives nothing away
        assertThat(ciphertext(no)).hasSameSizeAs(a);
        assertThat(cipher.decrypt(first, a)).isTrue();
        assertThat(cipher.decrypt(no, ciphertext(no))).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM information_schema.columns WHERE table_name = 'help_request'"
                                + " AND column_name = 'risk_group'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aCiphertextMovedToAnotherRequestDoesNotDecrypt() {
        var yes = submitWithRisk(true);
        var other = submitWithRisk(false);
        assertThatThrownBy(() -> cipher.decrypt(other, ciphertext(yes)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining(ciphertext(yes));
        repository.storeRiskGroup(other, ciphertext(yes));
        assertThatThrownBy(() -> riskGroups.view(other)).isInstanceOf(IllegalStateException.class);
        var tampered = ciphertext(yes).substring(0, ciphertext(yes).length() - 4) + "AAA=";
        assertThatThrownBy(() -> cipher.decrypt(yes, tampered)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void valuesUnderAnOldKeyStillDecryptAndTheJobMovesThemToTheActiveKey() {
        var oldCipher = new RiskGroupCipher(new RiskGroupEncryptionProperties(Map.of("test-old", OLD_KEY), "test-old"));
        var yes = submitWithRisk(true);
        var no = submitWithRisk(false);
        repository.storeRiskGroup(yes, oldCipher.encrypt(yes, true));
        repository.storeRiskGroup(no, oldCipher.encrypt(no, false));
        assertThat(ciphertext(yes)).startsWith("test-old:");
        assertThat(cipher.decrypt(yes, ciphertext(yes))).isTrue();

        assertThat(RiskGroupReencryption.run(riskGroups)).isGreaterThanOrEqualTo(2);

        assertThat(ciphertext(yes)).startsWith("test:");
        assertThat(ciphertext(no)).startsWith("test:");
        assertThat(cipher.decrypt(yes, ciphertext(yes))).isTrue();
        assertThat(cipher.decrypt(no, ciphertext(no))).isFalse();
        assertThat(riskGroups.reencryptBatch(100)).isZero();
    }

    @Test
    void samverkaDoesNotStartWithoutAValidActiveKey() {
        assertThatThrownBy(() -> new RiskGroupCipher(new RiskGroupEncryptionProperties(Map.of(), null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("active-key");
        assertThatThrownBy(() -> new RiskGroupCipher(new RiskGroupEncryptionProperties(Map.of("a", OLD_KEY), "b")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new RiskGroupCipher(new RiskGroupEncryptionProperties(Map.of("a", "c2hvcnQ="), "a")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32 bytes")
                .hasMessageNotContaining("c2hvcnQ=");
        assertThat(cipher.toString())
                .doesNotContain(OLD_KEY)
                .doesNotContain("2Vr4cnkCuUL1kAn9MI4i22LS0XvaA1IDP2UqQ1laxsU=");
    }

    @Test
    void anAnswerWithoutConsentIsRefusedAndNothingIsStored() {
        var district = newDistrict(districts);
        assertThatThrownBy(() -> helpRequests.submit(
                        request(
                                district,
                                HelpKind.SHOPPING,
                                LocalDate.now(clock),
                                LocalTime.NOON,
                                Recurrence.ONE_OFF,
                                Channel.PHONE,
                                true),
                        "sara"))
                .isInstanceOf(RiskDataWithoutConsent.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM help_request WHERE district_id = ?")
                        .param(district)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void theFormsAskForConsentNextToTheBoxAndKeepEverythingTyped() throws Exception {
        var form = validForm(LocalDate.now(clock).plusDays(1));
        form.put("riskGroup", "YES");
        form.remove("riskConsent");
        var html = mvc.perform(posting(post("/be-om-hjalp"), form).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var page = Jsoup.parse(html);
        assertThat(page.select("#riskConsent-field #riskConsent-error").text()).contains("Kryssa i samtycket");
        assertThat(page.select("#error-summary a[href=#riskConsent-field]")).hasSize(1);
        assertThat(page.select("input[name=residentName]").val()).isEqualTo("Greta Ek");
        assertThat(page.select("input[name=riskGroup][checked]").val()).isEqualTo("YES");

        // the phone form asks the same
        form.put("riskGroup", "YES");
        var phone = Jsoup.parse(mvc.perform(posting(post("/samordning/telefon"), form)
                        .with(asCoordinator())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(phone.select("#riskConsent-error").text()).contains("Kryssa i samtycket");

        // not wanting to answer needs no consent, and stores nothing
        form.put("riskGroup", "UNSAID");
        mvc.perform(posting(post("/be-om-hjalp"), form).with(csrf())).andExpect(status().is3xxRedirection());
    }

    @Test
    void aNoWithoutTheConsentBoxIsAcceptedAndStoresNothingAboutHealth() throws Exception {
        var form = validForm(LocalDate.now(clock).plusDays(1));
        form.put("residentName", "Nils Nej");
        form.put("riskGroup", "NO");
        form.remove("riskConsent");
        mvc.perform(posting(post("/be-om-hjalp"), form).with(csrf())).andExpect(status().is3xxRedirection());
        var id = jdbc.sql("SELECT id FROM help_request WHERE resident_name = 'Nils Nej'")
                .query(UUID.class)
                .single();
        assertThat(repository.riskGroupCiphertext(id)).isEmpty();
    }

    @Test
    void theConsentIsRecordedAndItsWithdrawalErasesTheAnswer() throws Exception {
        var id = submitWithRisk(true);
        var resident = PersonRef.resident(id);
        assertThat(consents.holds(resident, ConsentPurpose.RISK_GROUP_DATA)).isTrue();

        consents.withdraw(resident, ConsentPurpose.RISK_GROUP_DATA);

        await("the risk-group answer erased")
                .atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> repository.riskGroupCiphertext(id).isEmpty());
        assertThat(jdbc.sql("SELECT action || ' ' || purpose || ' ' || detail FROM audit_log WHERE subject_id = ?")
                        .param(id)
                        .query(String.class)
                        .list())
                .contains("ERASE consent.withdrawn risk_group");
        var page = Jsoup.parse(mvc.perform(get("/samordning/arenden/" + id).with(asCoordinator()))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#risk-group").text()).isEqualTo("Inget svar");
    }

    @Test
    void viewingTheAnswerIsAuditedButTheQueueNeverReadsIt() throws Exception {
        var id = submitWithRisk(true);
        mvc.perform(get("/samordning").with(asCoordinator())).andExpect(status().isOk());
        assertThat(riskViews(id)).isZero();

        var page = Jsoup.parse(mvc.perform(get("/samordning/arenden/" + id).with(asCoordinator()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#risk-group").text()).isEqualTo("Ja");
        assertThat(riskViews(id)).isEqualTo(1);
        assertThat(jdbc.sql("""
				SELECT actor || ' ' || action || ' ' || subject_kind || ' ' || detail FROM audit_log
				WHERE subject_id = ? AND purpose = 'help-request.risk-group'""").param(id).query(String.class).single())
                .isEqualTo("samordnare@ekero.se VIEW RESIDENT risk_group");
        // the page itself is audited too, for the request's handling
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE subject_id = ? AND purpose = 'help-request.handling'"
                                + " AND action = 'VIEW'")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aWeeklySeriesKeepsTheAnswerWhileTheConsentHolds() {
        var first = helpRequests.submit(
                request(
                        DISTRICT,
                        HelpKind.SHOPPING,
                        LocalDate.now(clock),
                        LocalTime.NOON,
                        Recurrence.WEEKLY,
                        Channel.PHONE,
                        true),
                "sara",
                true);
        helpRequests.cancel(first.id(), "sara", null, false);
        var next = jdbc.sql("SELECT id FROM help_request WHERE series_id = ? AND id <> ?")
                .params(first.seriesId(), first.id())
                .query(UUID.class)
                .single();
        assertThat(cipher.decrypt(next, ciphertext(next))).isTrue();
        assertThat(consents.holds(PersonRef.resident(next), ConsentPurpose.RISK_GROUP_DATA))
                .isTrue();
    }

    @Test
    void phoneIntakeIsAuditedAsAChangeByFieldNameOnly() throws Exception {
        var form = validForm(LocalDate.now(clock).plusDays(1));
        form.put("sammaNummer", "ja");
        var location = mvc.perform(posting(post("/samordning/telefon"), form)
                        .with(asCoordinator())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var id = UUID.fromString(location.substring("/samordning/arenden/".length()));
        var detail = jdbc.sql("SELECT detail FROM audit_log WHERE subject_id = ? AND action = 'CHANGE'"
                        + " AND purpose = 'help-request.handling' AND actor = 'samordnare@ekero.se'")
                .param(id)
                .query(String.class)
                .single();
        assertThat(detail)
                .contains("resident_name")
                .contains("risk_group")
                .doesNotContain("Greta")
                .doesNotContain("Tappström")
                .doesNotContain("Blåbär");
    }

    private UUID submitWithRisk(boolean riskGroup) {
        return helpRequests
                .submit(
                        request(
                                DISTRICT,
                                HelpKind.SHOPPING,
                                LocalDate.now(clock),
                                LocalTime.NOON,
                                Recurrence.ONE_OFF,
                                Channel.PHONE,
                                riskGroup),
                        "sara",
                        true)
                .id();
    }

    private String ciphertext(UUID id) {
        return repository.riskGroupCiphertext(id).orElseThrow();
    }

    private int riskViews(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE subject_id = ? AND purpose = 'help-request.risk-group'")
                .param(id)
                .query(Integer.class)
                .single();
    }
}
