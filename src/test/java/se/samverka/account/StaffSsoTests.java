package se.samverka.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import se.samverka.MockIdentityProviders;

/** Staff sign in with the municipality's identity provider: groups give roles, the account is Samverka's. */
class StaffSsoTests extends MockIdentityProviders {

    static final String ISSUER = "kommun";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountManagement accounts;

    @Test
    void aCoordinatorGroupGivesACoordinatorAccountThatReachesSamordningAndIsTheSameAtTheNextSignIn() throws Exception {
        var subject = "sub-" + UUID.randomUUID();
        var email = "Cilla." + subject + "@Kommun.example";
        var first =
                flow("sso", ISSUER, subject, claims("Cilla Samordnare", email, List.of("ovrigt", "samordnare")), null);

        assertThat(first.location()).isEqualTo("/start");
        mvc.perform(get("/samordning").cookie(first.cookies())).andExpect(status().isOk());
        mvc.perform(get("/admin/konton").cookie(first.cookies())).andExpect(status().isForbidden());
        var account = account(subject);
        assertThat(account)
                .containsEntry("username", email.toLowerCase())
                .containsEntry("display_name", "Cilla Samordnare")
                .containsEntry("role", "COORDINATOR")
                .containsEntry("sso", true)
                .containsEntry("password_hash", null);
        assertThat(account.get("last_sign_in_at")).isNotNull();
        assertThat(audit((UUID) account.get("id"))).singleElement().asString().contains("created at the first sign-in");

        // the provider now puts the person among the administrators, under another name
        var second = flow("sso", ISSUER, subject, claims("Cilla Admin", email, List.of("samverka-admin")), null);
        assertThat(second.location()).isEqualTo("/start");
        mvc.perform(get("/admin/konton").cookie(second.cookies())).andExpect(status().isOk());
        assertThat(account(subject))
                .containsEntry("id", account.get("id"))
                .containsEntry("role", "ADMIN")
                .containsEntry("display_name", "Cilla Admin");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account_sso_identity WHERE subject = ?")
                        .param(subject)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aPersonWithNoMappedGroupIsRefusedWithAClearMessageAndGetsNoAccount() throws Exception {
        var subject = "sub-" + UUID.randomUUID();
        var refused = flow(
                "sso", ISSUER, subject, claims("Ulla Utan", subject + "@kommun.example", List.of("ekonomi")), null);

        assertThat(refused.location()).isEqualTo("/login?fel=sso-roll");
        mvc.perform(get("/samordning").cookie(refused.cookies())).andExpect(redirectedUrl("/login"));
        assertThat(page("/login?fel=sso-roll")).contains("har ingen roll i Samverka");
        assertThat(page("/login?fel=sso-roll&lang=en")).contains("has no role in Samverka");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account_sso_identity WHERE subject = ?")
                        .param(subject)
                        .query(Integer.class)
                        .single())
                .isZero();
        // no groups at all: the same
        var none = flow("sso", ISSUER, "sub-" + UUID.randomUUID(), Map.of("name", "Ingen Grupp"), null);
        assertThat(none.location()).isEqualTo("/login?fel=sso-roll");
    }

    @Test
    void aDisabledAccountLosesItsSessionAndCannotSignInBySsoEither() throws Exception {
        var admin = admin();
        var subject = "sub-" + UUID.randomUUID();
        var person = claims("Dora Avstängd", subject + "@kommun.example", List.of("samordnare"));
        var session = flow("sso", ISSUER, subject, person, null).cookies();
        mvc.perform(get("/samordning").cookie(session)).andExpect(status().isOk());
        var id = (UUID) account(subject).get("id");

        mvc.perform(post("/admin/konton/" + id + "/stang-av")
                        .param("bekrafta", "ja")
                        .with(csrf())
                        .with(authentication(
                                new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()))))
                .andExpect(redirectedUrl("/admin/konton/" + id));

        mvc.perform(get("/samordning").cookie(session)).andExpect(redirectedUrl("/login"));
        var again = flow("sso", ISSUER, subject, person, null);
        assertThat(again.location()).isEqualTo("/login?fel=sso-avstangd");
        mvc.perform(get("/samordning").cookie(again.cookies())).andExpect(redirectedUrl("/login"));
        assertThat(page("/login?fel=sso-avstangd")).contains("Ditt konto i Samverka är avstängt");
    }

    @Test
    void anSsoAccountHasNoPasswordAndALocalAccountIsNeverTakenOverByItsAddress() throws Exception {
        var subject = "sub-" + UUID.randomUUID();
        var email = subject + "@kommun.example";
        flow("sso", ISSUER, subject, claims("Pia Lösenordslös", email, List.of("dataskydd")), null);
        mvc.perform(formLogin("/login").user(email).password("")).andExpect(redirectedUrl("/login?fel=losenord"));
        mvc.perform(formLogin("/login").user(email).password("gissat lösenord"))
                .andExpect(redirectedUrl("/login?fel=losenord"));

        var local = "lokal-" + UUID.randomUUID() + "@kommun.example";
        accounts.createStaffAccount(local, "ett långt lösenord", Role.COACH, "Lokal Coach");
        var other = flow(
                "sso",
                ISSUER,
                "sub-" + UUID.randomUUID(),
                claims("Någon Annan", local, List.of("samverka-admin")),
                null);
        assertThat(other.location()).isEqualTo("/login?fel=sso-upptaget");
        assertThat(jdbc.sql("SELECT role FROM account WHERE username = ?")
                        .param(local)
                        .query(String.class)
                        .single())
                .isEqualTo("COACH");
    }

    @Test
    void theLoginPageOffersTheMunicipalitysSignInInSwedishAndEnglish() throws Exception {
        assertThat(page("/login"))
                .contains("href=\"/oauth2/authorization/sso\"")
                .contains("Logga in med Testkommunens inloggning")
                .contains("href=\"/oauth2/authorization/eid\"");
        assertThat(page("/login?lang=en")).contains("Log in with Testkommunens inloggning");
    }

    @Test
    void anUnknownProviderOrAForgedCallbackIsNeverA500() throws Exception {
        assertThat(mvc.perform(get("/oauth2/authorization/nope"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isNotEqualTo(500);
        mvc.perform(get("/login/oauth2/code/sso").param("code", "forged").param("state", "forged"))
                .andExpect(redirectedUrl("/login?fel=sso"));
        assertThat(page("/login?fel=sso")).contains("gick inte att slutföra");
    }

    private static Map<String, Object> claims(String name, String email, List<String> groups) {
        return Map.of("name", name, "email", email, "groups", groups);
    }

    private Map<String, Object> account(String subject) {
        return jdbc.sql("""
				SELECT a.id, a.username, a.display_name, a.role, a.sso, a.password_hash, a.last_sign_in_at
				FROM account a JOIN account_sso_identity s ON s.account_id = a.id WHERE s.subject = ?""").param(subject).query().singleRow();
    }

    private List<String> audit(UUID accountId) {
        return jdbc.sql("SELECT detail FROM audit_log WHERE subject_kind = 'ACCOUNT' AND subject_id = ? ORDER BY id")
                .param(accountId)
                .query(String.class)
                .list();
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse().getContentAsString();
    }

    private SamverkaUser admin() {
        var username = "admin-" + UUID.randomUUID() + "@example.se";
        accounts.createStaffAccount(username, "ett långt lösenord", Role.ADMIN, "Alva Admin");
        return accounts.findByUsername(username).orElseThrow();
    }
}
