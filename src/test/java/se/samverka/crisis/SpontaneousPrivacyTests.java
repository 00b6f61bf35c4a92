package se.samverka.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;
import se.samverka.district.Districts;
import se.samverka.shared.PhoneNumber;

/**
 * Spontaneous volunteers are personal data like any other: every read of the surge register is audited per person,
 * a coordinator can give them an extract and erase them on their request, and the retention job deletes them after
 * their crisis.
 */
@IntegrationTest
class SpontaneousPrivacyTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Crises crises;

    @Autowired
    SpontaneousVolunteers spontaneous;

    @Autowired
    SpontaneousRetention retention;

    @Autowired
    Districts districts;

    @Autowired
    JdbcClient jdbc;

    private String district;

    @BeforeEach
    void freshDistrict() {
        endAnyCrisis();
        district = districts.save(null, "Integritetsby " + System.nanoTime(), 650000, 6580000, 994, Set.of());
    }

    @AfterEach
    void endAnyCrisis() {
        crises.running().ifPresent(c -> crises.end(c.id(), "test", Instant.now().plusSeconds(1)));
    }

    @Test
    void theRegisterIsAuditedAndAPersonGetsAnExtractAndIsErasedOnRequest() throws Exception {
        crises.start(plan(Instant.now().minus(Duration.ofHours(1))), "krisledare");
        var phone = mobile();
        spontaneous.signUp(signup("Sigrid Spontan", phone), Instant.now());
        var id = idOf(phone);
        var coordinator = as(Role.COORDINATOR);

        mvc.perform(get("/samordning/spontanfrivilliga")
                        .param("district", district)
                        .with(authentication(coordinator)))
                .andExpect(status().isOk());
        assertThat(audited(id, "VIEW", "spontaneous.register")).isEqualTo(1);

        var extract = Jsoup.parse(mvc.perform(get("/samordning/spontanfrivilliga/" + id + "/uppgifter")
                        .with(authentication(coordinator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(extract.select("#section-crisis-spontaneous").text())
                .contains("Sigrid Spontan", PhoneNumber.displayOf(phone), "Första anmälan");
        assertThat(extract.select("#section-crisis-districts").text()).contains("Integritetsby");
        assertThat(audited(id, "EXPORT", "spontaneous.data-subject-access")).isEqualTo(1);

        // not without the box ticked: the page says so next to it, and nothing is erased
        var refused = Jsoup.parse(mvc.perform(post("/samordning/spontanfrivilliga/" + id + "/radera")
                        .with(csrf())
                        .with(authentication(coordinator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(refused.text()).contains("Kryssa i rutan");
        assertThat(idOf(phone)).isEqualTo(id);

        mvc.perform(post("/samordning/spontanfrivilliga/" + id + "/radera")
                        .param("confirm", "true")
                        .with(csrf())
                        .with(authentication(coordinator)))
                .andExpect(redirectedUrl("/samordning/spontanfrivilliga"));
        assertThat(count(phone)).isZero();
        assertThat(audited(id, "ERASE", null)).isGreaterThanOrEqualTo(1);
        mvc.perform(get("/samordning/spontanfrivilliga/" + id + "/uppgifter").with(authentication(coordinator)))
                .andExpect(status().isNotFound());
    }

    @Test
    void retentionDeletesSignUpsOnlyAfterTheirCrisisEnded() {
        var start = Instant.now().minus(Duration.ofDays(400));
        var crisis = crises.start(plan(start), "krisledare");
        var phone = mobile();
        spontaneous.signUp(signup("Gamla Gunnel", phone), start.plus(Duration.ofHours(1)));
        var cutoff = Instant.now().minus(Duration.ofDays(180));

        while (retention.purgeBatch(cutoff, 1000) > 0) {}
        assertThat(count(phone)).as("kept while its crisis runs").isOne();

        crises.end(crisis.id(), "krisledare", start.plus(Duration.ofDays(2)));
        while (retention.purgeBatch(cutoff, 1000) > 0) {}
        assertThat(count(phone)).as("gone half a year after its crisis ended").isZero();
    }

    private CrisisPlan plan(Instant start) {
        return new CrisisPlan(
                "Översvämning " + UUID.randomUUID().toString().substring(0, 6),
                CrisisKind.FLOOD,
                List.of(district),
                start,
                24,
                "Ring om du behöver hjälp.",
                "08-124 571 00",
                0);
    }

    private SpontaneousSignup signup(String name, String phone) {
        return new SpontaneousSignup(
                name, new PhoneNumber(phone), List.of(district), Set.of(Skill.CARRY_AND_DELIVER), "sv");
    }

    private UUID idOf(String phone) {
        return jdbc.sql("SELECT id FROM spontaneous_volunteer WHERE phone = ?")
                .param(phone)
                .query(UUID.class)
                .single();
    }

    private int count(String phone) {
        return jdbc.sql("SELECT COUNT(*) FROM spontaneous_volunteer WHERE phone = ?")
                .param(phone)
                .query(Integer.class)
                .single();
    }

    private int audited(UUID id, String action, String purpose) {
        return jdbc.sql("""
				SELECT COUNT(*) FROM audit_log WHERE subject_kind = 'SPONTANEOUS' AND subject_id = ? AND action = ?
				AND (CAST(? AS VARCHAR) IS NULL OR purpose = ?)""")
                .params(id, action, purpose, purpose)
                .query(Integer.class)
                .single();
    }

    private static String mobile() {
        return "+4670" + (1000000 + ThreadLocalRandom.current().nextInt(8999999));
    }

    private static UsernamePasswordAuthenticationToken as(Role role) {
        var user = new SamverkaUser(
                UUID.randomUUID(), "integritet-" + role.name().toLowerCase(), "x", role, "Samordnare", true);
        return new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
    }
}
