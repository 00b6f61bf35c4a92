package se.samverka.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;

@IntegrationTest
class StaffAccountLifecycleTests {

    static final String PASSWORD = "ett långt lösenord";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountManagement accounts;

    @Test
    void disablingEndsTheOpenSessionAtOnceAndRefusesANewSignInWithTheSameMessageAsAWrongPassword() throws Exception {
        var admin = staff(Role.ADMIN, "Alva Admin");
        var coordinator = staff(Role.COORDINATOR, "Cilla Coordinator");
        var session = signIn(coordinator);
        mvc.perform(get("/samordning").cookie(session)).andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT last_sign_in_at FROM account WHERE id = ?")
                        .param(coordinator.accountId())
                        .query(java.sql.Timestamp.class)
                        .single())
                .as("last sign-in recorded")
                .isNotNull();

        mvc.perform(post("/admin/konton/" + coordinator.accountId() + "/stang-av")
                        .param("bekrafta", "ja")
                        .with(csrf())
                        .with(authentication(as(admin))))
                .andExpect(redirectedUrl("/admin/konton/" + coordinator.accountId()));

        mvc.perform(get("/samordning").cookie(session)).andExpect(redirectedUrl("/login"));
        mvc.perform(formLogin("/login").user(coordinator.username()).password(PASSWORD))
                .andExpect(redirectedUrl("/login?fel=losenord"));
        var refused = mvc.perform(get("/login").param("fel", "losenord"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("eller så är kontot avstängt");
        assertThat(audit(coordinator.accountId()))
                .singleElement()
                .satisfies(row -> assertThat(row).startsWith(admin.username() + " CHANGE disabled; sessions ended: 1"));

        mvc.perform(post("/admin/konton/" + coordinator.accountId() + "/aktivera")
                .param("bekrafta", "ja")
                .with(csrf())
                .with(authentication(as(admin))));
        mvc.perform(get("/samordning").cookie(signIn(coordinator))).andExpect(status().isOk());
        assertThat(audit(coordinator.accountId())).hasSize(2).last().asString().contains("enabled");
    }

    @Test
    void forcedSignOutEndsEverySessionButTheAccountMaySignInAgain() throws Exception {
        var admin = staff(Role.ADMIN, "Alva Admin");
        var coach = staff(Role.COACH, "Cecilia Coach");
        var phone = signIn(coach);
        var laptop = signIn(coach);
        mvc.perform(get("/idelabbet").cookie(phone)).andExpect(status().isOk());

        mvc.perform(post("/admin/konton/" + coach.accountId() + "/logga-ut")
                .with(csrf())
                .with(authentication(as(admin))));
        // not confirmed: nothing happens
        mvc.perform(get("/idelabbet").cookie(phone)).andExpect(status().isOk());

        mvc.perform(post("/admin/konton/" + coach.accountId() + "/logga-ut")
                .param("bekrafta", "ja")
                .with(csrf())
                .with(authentication(as(admin))));
        mvc.perform(get("/idelabbet").cookie(phone)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/idelabbet").cookie(laptop)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/idelabbet").cookie(signIn(coach))).andExpect(status().isOk());
        assertThat(audit(coach.accountId())).singleElement().asString().contains("signed out; sessions ended: 2");
    }

    @Test
    void theLastEnabledAdministratorIsNeitherDisabledNorDemotedByThePageOrTheDatabase() throws Exception {
        var last = staff(Role.ADMIN, "Sista Admin");
        var others = jdbc.sql("SELECT id FROM account WHERE role = 'ADMIN' AND enabled AND id <> ?")
                .param(last.accountId())
                .query(UUID.class)
                .list();
        jdbc.sql("UPDATE account SET enabled = FALSE WHERE role = 'ADMIN' AND id <> ?")
                .param(last.accountId())
                .update();
        try {
            var page = mvc.perform(get("/admin/konton/" + last.accountId()).with(authentication(as(last))))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page)
                    .contains("id=\"last-admin\"")
                    .doesNotContain("/stang-av")
                    .doesNotContain("/ta-bort-admin");
            for (var action : List.of("stang-av", "ta-bort-admin")) {
                mvc.perform(post("/admin/konton/" + last.accountId() + "/" + action)
                        .param("bekrafta", "ja")
                        .with(csrf())
                        .with(authentication(as(last))));
            }
            assertThat(jdbc.sql("SELECT role || ' ' || enabled FROM account WHERE id = ?")
                            .param(last.accountId())
                            .query(String.class)
                            .single())
                    .isEqualTo("ADMIN true");
            assertThatThrownBy(() -> jdbc.sql("UPDATE account SET enabled = FALSE WHERE id = ?")
                            .param(last.accountId())
                            .update())
                    .isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("last enabled administrator");
            assertThatThrownBy(() -> jdbc.sql("UPDATE account SET role = 'COORDINATOR' WHERE id = ?")
                            .param(last.accountId())
                            .update())
                    .isInstanceOf(DataAccessException.class);
            assertThat(audit(last.accountId())).isEmpty();

            // with a second administrator the first may lose the role, and is signed out
            var second = staff(Role.ADMIN, "Andra Admin");
            var session = signIn(last);
            mvc.perform(post("/admin/konton/" + last.accountId() + "/ta-bort-admin")
                    .param("bekrafta", "ja")
                    .with(csrf())
                    .with(authentication(as(second))));
            assertThat(accounts.findByUsername(last.username()).orElseThrow().role())
                    .isEqualTo(Role.COORDINATOR);
            mvc.perform(get("/admin/konton").cookie(session)).andExpect(redirectedUrl("/login"));
            mvc.perform(get("/admin/konton").cookie(signIn(last))).andExpect(status().isForbidden());
        } finally {
            others.forEach(id -> jdbc.sql("UPDATE account SET enabled = TRUE WHERE id = ?")
                    .param(id)
                    .update());
        }
    }

    @Test
    void theListShowsStaffOnlyFilteredByRoleAndStatusAndIgnoresUnknownFilters() throws Exception {
        var admin = staff(Role.ADMIN, "Alva Admin");
        var officer = staff(Role.PRIVACY_OFFICER, "Dag Dataskydd");
        var old = staff(Role.DEPARTMENT_REPRESENTATIVE, "Olle Oanvänd");
        jdbc.sql("UPDATE account SET created_at = created_at - INTERVAL '200 days' WHERE id = ?")
                .param(old.accountId())
                .update();
        accounts.endStaffAccess(officer.accountId());

        var disabled = page("/admin/konton?roll=PRIVACY_OFFICER&status=DISABLED", admin);
        assertThat(disabled)
                .contains(officer.username())
                .doesNotContain(old.username())
                .contains("Avstängt");
        var inactive = page("/admin/konton?roll=DEPARTMENT_REPRESENTATIVE&status=INACTIVE", admin);
        assertThat(inactive).contains(old.username()).contains("Inaktivt länge").contains("role=\"region\"");
        var none = page("/admin/konton?roll=COACH&status=DISABLED&sida=x", admin);
        assertThat(none).contains("id=\"accounts-empty\"").contains("Välj ”Alla”");
        assertThat(page("/admin/konton?roll=VOLUNTEER&status=nonsense&sida=99999999", admin))
                .contains("id=\"accounts-empty\"")
                .doesNotContain(admin.username());
        mvc.perform(get("/admin/konton/" + UUID.randomUUID()).with(authentication(as(admin))))
                .andExpect(status().isNotFound());
    }

    private String page(String url, SamverkaUser admin) throws Exception {
        return mvc.perform(get(url).with(authentication(as(admin))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private Cookie[] signIn(SamverkaUser user) throws Exception {
        var cookies = mvc.perform(formLogin("/login").user(user.username()).password(PASSWORD))
                .andExpect(redirectedUrl("/start"))
                .andReturn()
                .getResponse()
                .getCookies();
        assertThat(cookies).isNotEmpty();
        return cookies;
    }

    private List<String> audit(UUID accountId) {
        return jdbc.sql("""
				SELECT actor || ' ' || action || ' ' || detail FROM audit_log
				WHERE subject_kind = 'ACCOUNT' AND subject_id = ? AND purpose = 'account.lifecycle' ORDER BY id""").param(accountId).query(String.class).list();
    }

    private SamverkaUser staff(Role role, String name) {
        var username = role.name().toLowerCase().replace('_', '-') + "-"
                + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
        accounts.createStaffAccount(username, PASSWORD, role, name);
        return accounts.findByUsername(username).orElseThrow();
    }

    private static UsernamePasswordAuthenticationToken as(SamverkaUser user) {
        return new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
    }
}
