package se.samverka.safeguarding;

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
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.shared.MunicipalTime;

/** Levels from checks and the pledge, the coordinator's checks page, the pledge page and expiry notices. */
@IntegrationTest
class SafeguardingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Safeguarding safeguarding;

    @Test
    void theLevelFollowsTheValidChecksAndTheCurrentPledge() {
        var volunteer = SafeguardingFixtures.volunteerId(jdbc, SafeguardingFixtures.volunteer(jdbc, "Lena Nivå"));
        var other = SafeguardingFixtures.volunteerId(jdbc, SafeguardingFixtures.volunteer(jdbc, "Lars Ingen"));
        var now = Instant.now();
        var today = LocalDate.now(MunicipalTime.ZONE);
        assertThat(safeguarding.levelOf(volunteer, now)).isZero();

        safeguarding.record(volunteer, CheckKind.ID_CHECKED, "samordnare-test", today, null);
        assertThat(safeguarding.levelOf(volunteer, now)).as("no pledge yet").isZero();
        // a pledge of an older version does not count: a new version asks again
        jdbc.sql("INSERT INTO safeguarding_pledge (volunteer_id, version, accepted_at) VALUES (?, 'old', now())")
                .param(volunteer)
                .update();
        assertThat(safeguarding.levelOf(volunteer, now)).isZero();
        safeguarding.acceptCurrentPledge(volunteer);
        assertThat(safeguarding.levelOf(volunteer, now)).isEqualTo(1);

        // an extract sighted 13 months ago has expired; one sighted a month ago lifts the level to 2
        safeguarding.record(
                volunteer, CheckKind.CRIMINAL_RECORD_SIGHTED, "samordnare-test", today.minusMonths(13), null);
        assertThat(safeguarding.levelOf(volunteer, now)).isEqualTo(1);
        var check = safeguarding.record(
                volunteer, CheckKind.CRIMINAL_RECORD_SIGHTED, "samordnare-test", today.minusMonths(1), null);
        assertThat(check.expiresOn()).isEqualTo(today.minusMonths(1).plusMonths(12));
        assertThat(safeguarding.levelOf(volunteer, now)).isEqualTo(2);
        assertThat(safeguarding.levelOf(volunteer, now.plus(Duration.ofDays(340))))
                .isEqualTo(1);

        assertThat(safeguarding.levelsOf(List.of(volunteer, other), now))
                .containsEntry(volunteer, 2)
                .containsEntry(other, 0)
                .hasSize(2);
    }

    @Test
    void aCoordinatorRecordsACheckAsThemselvesAndSeesItWithItsExpiry() throws Exception {
        var user = SafeguardingFixtures.volunteer(jdbc, "Kerstin Kontroll");
        var volunteer = SafeguardingFixtures.volunteerId(jdbc, user);
        var coordinator = authentication(SafeguardingFixtures.as(SafeguardingFixtures.coordinator()));
        var url = "/samordning/volontarer/" + volunteer + "/kontroller";

        var empty = Jsoup.parse(mvc.perform(get(url).with(coordinator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(empty.select("h1").text()).isEqualTo("Kontroller av Kerstin Kontroll");
        assertThat(empty.select("#safeguarding-level").text()).contains("0");
        assertThat(empty.select("input[name=kind]").eachAttr("value"))
                .containsExactly("ID_CHECKED", "CRIMINAL_RECORD_SIGHTED");
        assertThat(empty.select("textarea")).isEmpty();

        var future = Jsoup.parse(mvc.perform(post(url)
                        .with(coordinator)
                        .with(csrf())
                        .param("kind", "ID_CHECKED")
                        .param(
                                "checkedOn",
                                LocalDate.now(MunicipalTime.ZONE).plusDays(1).toString())
                        .param("note", "Medborgarkontoret"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(future.select("#checkedOn-error").text()).isEqualTo("Datumet kan inte ligga i framtiden.");
        assertThat(future.select("#error-summary").text()).contains("Datumet kan inte ligga i framtiden.");
        assertThat(future.select("input[name=note]").attr("value")).isEqualTo("Medborgarkontoret");
        mvc.perform(post(url).with(coordinator).with(csrf())).andExpect(status().isOk());
        assertThat(count(volunteer)).isZero();

        var sighted = LocalDate.now(MunicipalTime.ZONE).minusDays(3);
        mvc.perform(post(url)
                        .with(coordinator)
                        .with(csrf())
                        .param("kind", "CRIMINAL_RECORD_SIGHTED")
                        .param("checkedOn", sighted.toString())
                        .param("note", "Medborgarkontoret"))
                .andExpect(redirectedUrl(url))
                .andExpect(flash().attribute("flash", "safeguarding.checks.recorded"));
        // the audit log has the coordinator's reading and the recorded check, by field name and never the note
        assertThat(jdbc.sql(
                                "SELECT action || ' ' || purpose || ' ' || detail FROM audit_log WHERE subject_kind = 'VOLUNTEER'"
                                        + " AND subject_id = ? ORDER BY id")
                        .param(volunteer)
                        .query(String.class)
                        .list())
                .containsExactly(
                        "VIEW safeguarding.vetting safeguarding level, checks, pledge",
                        "CHANGE safeguarding.vetting check recorded: kind, checked_on, note");
        var row = jdbc.sql(
                        "SELECT kind, checked_by, checked_on, expires_on, note FROM safeguarding_check WHERE volunteer_id = ?")
                .param(volunteer)
                .query((rs, i) -> List.of(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getDate(3).toLocalDate().toString(),
                        rs.getDate(4).toLocalDate().toString(),
                        rs.getString(5)))
                .single();
        assertThat(row)
                .containsExactly(
                        "CRIMINAL_RECORD_SIGHTED",
                        "samordnare-test",
                        sighted.toString(),
                        sighted.plusMonths(12).toString(),
                        "Medborgarkontoret");
        var page = Jsoup.parse(mvc.perform(get(url).with(coordinator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("tbody tr").text())
                .contains("Utdrag ur belastningsregistret uppvisat")
                .contains("samordnare-test")
                .contains("Gäller");

        mvc.perform(get(url).with(authentication(SafeguardingFixtures.as(user))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/samordning/volontarer/" + UUID.randomUUID() + "/kontroller")
                        .with(coordinator))
                .andExpect(status().isNotFound());
    }

    @Test
    void aVolunteerReadsAndAcceptsThePledgeOnMinaSidor() throws Exception {
        var user = SafeguardingFixtures.volunteer(jdbc, "Petra Löfte");
        var volunteer = SafeguardingFixtures.volunteerId(jdbc, user);
        var me = authentication(SafeguardingFixtures.as(user));

        var before = Jsoup.parse(mvc.perform(get("/mina-sidor/tystnadslofte").with(me))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(before.select("article").text()).contains("version 1").contains("Jag lovar att inte berätta");
        assertThat(before.select("main form button").text()).isEqualTo("Jag lovar");

        mvc.perform(post("/mina-sidor/tystnadslofte").with(me).with(csrf()))
                .andExpect(redirectedUrl("/mina-sidor/tystnadslofte"));
        assertThat(jdbc.sql("SELECT version FROM safeguarding_pledge WHERE volunteer_id = ?")
                        .param(volunteer)
                        .query(String.class)
                        .list())
                .containsExactly("1");
        // accepting again keeps the first acceptance
        mvc.perform(post("/mina-sidor/tystnadslofte").with(me).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM safeguarding_pledge WHERE volunteer_id = ?")
                        .param(volunteer)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        var after = Jsoup.parse(
                mvc.perform(get("/mina-sidor/tystnadslofte").param("lang", "en").with(me))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(after.select("#pledge-accepted").text()).startsWith("You accepted the confidentiality pledge on");
        assertThat(after.select("main form button")).isEmpty();
    }

    @Test
    void thirtyDaysBeforeACheckExpiresTheVolunteerAndTheCoordinatorsAreToldOnce() {
        var user = SafeguardingFixtures.volunteer(jdbc, "Ebba Utgång");
        var volunteer = SafeguardingFixtures.volunteerId(jdbc, user);
        var soon = safeguarding.record(
                volunteer,
                CheckKind.CRIMINAL_RECORD_SIGHTED,
                "samordnare-test",
                LocalDate.now(MunicipalTime.ZONE).minusMonths(12).plusDays(10),
                null);
        var later = safeguarding.record(
                volunteer,
                CheckKind.CRIMINAL_RECORD_SIGHTED,
                "samordnare-test",
                LocalDate.now(MunicipalTime.ZONE).minusMonths(12).plusDays(40),
                null);

        assertThat(safeguarding.noticeExpiringChecks()).isGreaterThanOrEqualTo(1);
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(
                                jdbc.sql("SELECT recipient FROM outbox_message WHERE dedupe_key IN (?, ?)")
                                        .params("check-expiring:" + soon.id(), "check-expiring-staff:" + soon.id())
                                        .query(String.class)
                                        .list())
                        .containsExactlyInAnyOrder(user.getUsername(), "samordnare@localhost"));
        var mail = jdbc.sql("SELECT subject, body FROM outbox_message WHERE dedupe_key = ?")
                .param("check-expiring:" + soon.id())
                .query((rs, i) -> rs.getString(1) + "\n" + rs.getString(2))
                .single();
        assertThat(mail).contains("Kontrollen av utdrag ur belastningsregistret går snart ut");
        var noticedAt = noticedAt(soon.id());
        assertThat(noticedAt).isNotNull();
        assertThat(noticedAt(later.id())).isNull();

        safeguarding.noticeExpiringChecks();
        assertThat(noticedAt(soon.id())).isEqualTo(noticedAt);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE dedupe_key LIKE ?")
                        .param("check-expiring%" + soon.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    private Instant noticedAt(UUID checkId) {
        return jdbc.sql("SELECT expiry_notice_sent_at FROM safeguarding_check WHERE id = ?")
                .param(checkId)
                .query((rs, i) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .single()
                .orElse(null);
    }

    private int count(UUID volunteer) {
        return jdbc.sql("SELECT COUNT(*) FROM safeguarding_check WHERE volunteer_id = ?")
                .param(volunteer)
                .query(Integer.class)
                .single();
    }
}
