package se.samverka.eid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import se.samverka.MockIdentityProviders;
import se.samverka.TestVolunteer;
import se.samverka.account.SamverkaUser;
import se.samverka.safeguarding.CheckKind;
import se.samverka.safeguarding.Safeguarding;

/** Volunteers verify with e-ID through the broker: the ID check is recorded, a second account is refused. */
class EidTests extends MockIdentityProviders {

    static final String ISSUER = "eid";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Safeguarding safeguarding;

    @Autowired
    Clock clock;

    @Test
    void aVerifiedEidRecordsTheIdCheckAndASecondVolunteerWithTheSameIdentityIsRefused() throws Exception {
        var personalNumber = personalNumber();
        var first = volunteer("Eva Först");
        var verified = flow(ISSUER, personalNumber, first.user());

        assertThat(verified.location()).isEqualTo("/mina-sidor/e-legitimation?klar");
        assertThat(safeguarding.checksOf(first.id())).singleElement().satisfies(check -> {
            assertThat(check.kind()).isEqualTo(CheckKind.ID_CHECKED);
            assertThat(check.checkedBy()).isEqualTo(BROKER);
            assertThat(check.note()).isEqualTo("e-legitimation");
            assertThat(check.checkedOn()).isEqualTo(LocalDate.now(clock));
        });
        var linked = link(first.accountId());
        assertThat(linked.get("identity_hash").toString()).matches("[0-9a-f]{64}");
        assertThat(page("/mina-sidor/e-legitimation?klar", first.user())).contains("id=\"eid-verified\"");

        // verifying again changes nothing but the time
        assertThat(flow(ISSUER, personalNumber, first.user()).location()).isEqualTo("/mina-sidor/e-legitimation?klar");
        assertThat(safeguarding.checksOf(first.id())).hasSize(1);

        var second = volunteer("Eva Andra");
        var refused = flow(ISSUER, personalNumber.substring(0, 8) + "-" + personalNumber.substring(8), second.user());
        assertThat(refused.location()).isEqualTo("/mina-sidor/e-legitimation?fel=dublett");
        assertThat(page(refused.location(), second.user())).contains("hör redan till ett annat volontärkonto");
        assertThat(page(refused.location() + "&lang=en", second.user())).contains("already belongs to another");
        assertThat(safeguarding.checksOf(second.id())).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM eid_identity WHERE account_id = ?")
                        .param(second.accountId())
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(link(first.accountId())).containsEntry("identity_hash", linked.get("identity_hash"));
        assertThat(safeguarding.checksOf(first.id())).hasSize(1);
    }

    @Test
    void aLinkedVolunteerSignsInWithEidAndAnUnknownIdentityIsToldToLinkFirst() throws Exception {
        var personalNumber = personalNumber();
        var volunteer = volunteer("Sara Inloggad");
        flow(ISSUER, personalNumber, volunteer.user());

        var signedIn = flow(ISSUER, personalNumber, null);
        assertThat(signedIn.location()).isEqualTo("/start");
        mvc.perform(get("/mina-sidor/profil").cookie(signedIn.cookies())).andExpect(status().isOk());

        var unknown = flow(ISSUER, personalNumber(), null);
        assertThat(unknown.location()).isEqualTo("/login?fel=eid-okand");
        mvc.perform(get("/mina-sidor").cookie(unknown.cookies())).andExpect(status().is3xxRedirection());
    }

    @Test
    void eidIsOfferedOnTheProfileAndAfterTheSignUpIsConfirmed() throws Exception {
        var volunteer = volunteer("Olle Erbjuden");
        assertThat(page("/mina-sidor/profil", volunteer.user())).contains("href=\"/mina-sidor/e-legitimation\"");
        assertThat(mvc.perform(get("/bli-volontar/bekraftad"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("href=\"/mina-sidor/e-legitimation\"");
        assertThat(page("/mina-sidor/e-legitimation", volunteer.user()))
                .contains("href=\"/oauth2/authorization/eid\"")
                .doesNotContain("id=\"eid-verified\"");
    }

    @Test
    void aBrokerThatSendsNoPersonalNumberIsRefusedAndNothingIsRecorded() throws Exception {
        var volunteer = volunteer("Nils Nummerlös");
        var refused = flow(ISSUER, "12345", volunteer.user());
        assertThat(refused.location()).isEqualTo("/mina-sidor/e-legitimation?fel=ogiltig");
        assertThat(safeguarding.checksOf(volunteer.id())).isEmpty();
    }

    @Test
    void noPersonalNumberIsStoredInClearTextAnywhereInTheDatabase() throws Exception {
        var personalNumber = personalNumber();
        var volunteer = volunteer("Klara Klartext");
        flow(ISSUER, personalNumber, volunteer.user());
        flow(ISSUER, personalNumber, null);
        flow(ISSUER, personalNumber, volunteer("Klara Dubblett").user());
        assertThat(link(volunteer.accountId())).isNotEmpty();

        var forms = List.of(
                personalNumber,
                personalNumber.substring(2),
                personalNumber.substring(2, 8) + "-" + personalNumber.substring(8));
        var tables = jdbc.sql("""
				SELECT table_name FROM information_schema.tables
				WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'""").query(String.class).list();
        assertThat(tables).contains("eid_identity", "account", "audit_log", "safeguarding_check");
        for (var table : tables) {
            for (var form : forms) {
                assertThat(jdbc.sql("SELECT COUNT(*) FROM \"" + table + "\" t WHERE CAST(t AS TEXT) LIKE ?")
                                .param("%" + form + "%")
                                .query(Integer.class)
                                .single())
                        .as("rows of %s with %s", table, form)
                        .isZero();
            }
        }
        // sessions are stored serialized (bytea): look into the bytes
        for (var form : forms) {
            assertThat(jdbc.sql("""
					SELECT COUNT(*) FROM spring_session_attributes
					WHERE POSITION(CONVERT_TO(?, 'UTF8') IN attribute_bytes) > 0""").param(form).query(Integer.class).single())
                    .as("session attributes with %s", form)
                    .isZero();
        }
    }

    private Outcome flow(String issuer, String personalNumber, SamverkaUser signedIn) throws Exception {
        return flow(
                EidParty.ID,
                issuer,
                "eid-" + UUID.randomUUID(),
                Map.of("personal_number", personalNumber, "name", "Någon Via Mäklaren"),
                signedIn);
    }

    /** A random twelve-digit personnummer, so that runs against the same database never meet. */
    private static String personalNumber() {
        var random = ThreadLocalRandom.current();
        return String.format(
                "19%02d%02d%02d%04d",
                random.nextInt(40, 99), random.nextInt(1, 13), random.nextInt(1, 29), random.nextInt(10000));
    }

    private TestVolunteer.Created volunteer(String name) {
        var created = TestVolunteer.named(name).insert(jdbc);
        TestVolunteer.changed(jdbc);
        return created;
    }

    private Map<String, Object> link(UUID accountId) {
        return jdbc.sql("SELECT identity_hash, verified_at FROM eid_identity WHERE account_id = ?")
                .param(accountId)
                .query()
                .singleRow();
    }

    private String page(String url, SamverkaUser user) throws Exception {
        return mvc.perform(get(url).with(authentication(
                        new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()))))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
