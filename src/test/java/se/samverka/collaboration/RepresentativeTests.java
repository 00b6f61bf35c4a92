package se.samverka.collaboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.collaboration.CollaborationFixtures.PASSWORD;
import static se.samverka.collaboration.CollaborationFixtures.as;
import static se.samverka.collaboration.CollaborationFixtures.department;
import static se.samverka.collaboration.CollaborationFixtures.staff;
import static se.samverka.collaboration.CollaborationFixtures.tag;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;

@IntegrationTest
class RepresentativeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    CollaborationBody body;

    String departmentName(String id) {
        return jdbc.sql("SELECT name FROM department WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    @Test
    void anAdministratorCreatesARepresentativeWhoLogsInWithAPasswordAndLandsOnTheCollaborationBody() throws Exception {
        var department = department(jdbc, "Representantförvaltningen");
        var admin = staff(accounts, Role.ADMIN, "Alva Admin");
        var username = "rebecka-" + tag() + "@example.se";

        mvc.perform(post("/admin/representanter")
                        .param("departmentId", department)
                        .param("username", username)
                        .param("name", "Rebecka Representant")
                        .param("password", PASSWORD)
                        .with(csrf())
                        .with(authentication(as(admin))))
                .andExpect(redirectedUrl("/admin/representanter"));
        var account = accounts.findByUsername(username).orElseThrow();
        assertThat(account.role()).isEqualTo(Role.DEPARTMENT_REPRESENTATIVE);
        assertThat(body.departmentsOf(account.accountId())).containsExactly(department);

        var login = mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        // sessions live in the database (Spring Session): the cookie carries the login
        var session = login.getResponse().getCookies();
        assertThat(session).isNotEmpty();
        mvc.perform(get("/start").cookie(session)).andExpect(redirectedUrl("/samverkan"));
        mvc.perform(get("/samverkan").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/admin/representanter").cookie(session)).andExpect(status().isForbidden());
        mvc.perform(formLogin("/login").user(username).password("fel lösenord"))
                .andExpect(redirectedUrl("/login?fel=losenord"));

        var list = mvc.perform(get("/samverkan/representanter").cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list)
                .contains(departmentName(department))
                .contains("Rebecka Representant")
                .contains(username);
    }

    @Test
    void badInputIsRefusedAndAnExistingRepresentativeIsLinkedToASecondDepartment() throws Exception {
        var first = department(jdbc, "Förstaförvaltningen");
        var second = department(jdbc, "Andraförvaltningen");
        var admin = staff(accounts, Role.ADMIN, "Alva Admin");

        var bad = mvc.perform(post("/admin/representanter")
                        .param("departmentId", "")
                        .param("username", "inte-en-adress")
                        .param("name", "Kalle Kvar")
                        .param("password", "kort")
                        .with(csrf())
                        .with(authentication(as(admin))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(bad)
                .contains("Det finns problem")
                .contains("Välj en förvaltning")
                .contains("Skriv en e-postadress som")
                .contains("Lösenordet måste ha minst 12 tecken")
                .contains("value=\"inte-en-adress\"")
                .contains("value=\"Kalle Kvar\"");
        var unknown = mvc.perform(post("/admin/representanter?lang=en")
                        .param("departmentId", "finns-inte")
                        .param("username", "ny-" + tag() + "@example.se")
                        .param("name", "")
                        .param("password", PASSWORD)
                        .with(csrf())
                        .with(authentication(as(admin))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(unknown).contains("Choose a department from the list").contains("Enter the representative");

        var coach = staff(accounts, Role.COACH, "Cecilia Coach");
        var taken = mvc.perform(post("/admin/representanter")
                        .param("departmentId", first)
                        .param("username", coach.username())
                        .param("name", "X")
                        .param("password", PASSWORD)
                        .with(csrf())
                        .with(authentication(as(admin))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(taken).contains("Adressen används redan av ett annat slags konto");
        assertThat(body.departmentsOf(coach.accountId())).isEmpty();

        var representative = staff(accounts, Role.DEPARTMENT_REPRESENTATIVE, "Dora Dubbel");
        body.link(first, representative.accountId());
        mvc.perform(post("/admin/representanter")
                        .param("departmentId", second)
                        .param("username", representative.username())
                        .param("name", "")
                        .param("password", "")
                        .with(csrf())
                        .with(authentication(as(admin))))
                .andExpect(redirectedUrl("/admin/representanter"));
        assertThat(body.departmentsOf(representative.accountId())).containsExactlyInAnyOrder(first, second);
        var again = mvc.perform(post("/admin/representanter")
                        .param("departmentId", second)
                        .param("username", representative.username())
                        .with(csrf())
                        .with(authentication(as(admin))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(again).contains("Personen representerar redan den förvaltningen");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM collaboration_representative WHERE account_id = ?")
                        .param(representative.accountId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void theDatabaseHoldsEachPersonOnceInADepartment() {
        var department = department(jdbc, "Unikförvaltningen");
        var representative = staff(accounts, Role.DEPARTMENT_REPRESENTATIVE, "Uno Unik");
        assertThat(body.link(department, representative.accountId())).isTrue();
        assertThat(body.link(department, representative.accountId())).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("""
				INSERT INTO collaboration_representative (id, department_id, account_id, added_at)
				VALUES (?, ?, ?, CURRENT_TIMESTAMP)""")
                        .params(UUID.randomUUID(), department, representative.accountId())
                        .update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void anAdministratorRemovesARepresentativeFromADepartmentAndTheAccountStays() throws Exception {
        var department = department(jdbc, "Borttagsförvaltningen");
        var admin = staff(accounts, Role.ADMIN, "Alva Admin");
        SamverkaUser representative = staff(accounts, Role.DEPARTMENT_REPRESENTATIVE, "Bo Borttagen");
        body.link(department, representative.accountId());
        var memberId = jdbc.sql("SELECT id FROM collaboration_representative WHERE account_id = ?")
                .param(representative.accountId())
                .query(UUID.class)
                .single();

        var page = mvc.perform(get("/admin/representanter").with(authentication(as(admin))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Bo Borttagen")
                .contains("/admin/representanter/" + memberId + "/ta-bort")
                .contains("Ta bort Bo Borttagen från " + departmentName(department));
        mvc.perform(post("/admin/representanter/" + memberId + "/ta-bort")
                        .with(csrf())
                        .with(authentication(as(admin))))
                .andExpect(redirectedUrl("/admin/representanter"));
        mvc.perform(post("/admin/representanter/" + memberId + "/ta-bort")
                        .with(csrf())
                        .with(authentication(as(admin))))
                .andExpect(status().isNotFound());
        assertThat(body.departmentsOf(representative.accountId())).isEmpty();
        assertThat(accounts.findByUsername(representative.username())).isPresent();
        var list = mvc.perform(get("/samverkan/representanter").with(authentication(as(admin))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).doesNotContain("Bo Borttagen");
    }

    @Test
    void removingARepresentativeFromTheirLastDepartmentEndsTheirOpenSessionAndNewSignInsAtOnce() throws Exception {
        var first = department(jdbc, "Slutförvaltningen");
        var second = department(jdbc, "Kvarförvaltningen");
        var admin = staff(accounts, Role.ADMIN, "Alva Admin");
        var representative = staff(accounts, Role.DEPARTMENT_REPRESENTATIVE, "Rut Ranta");
        body.link(first, representative.accountId());
        body.link(second, representative.accountId());
        var session = mvc.perform(
                        formLogin("/login").user(representative.username()).password(PASSWORD))
                .andExpect(redirectedUrl("/start"))
                .andReturn()
                .getResponse()
                .getCookies();
        mvc.perform(get("/samverkan").cookie(session)).andExpect(status().isOk());

        // one department left: access stays
        mvc.perform(post("/admin/representanter/" + memberId(representative, first) + "/ta-bort")
                        .with(csrf())
                        .with(authentication(as(admin))))
                .andExpect(redirectedUrl("/admin/representanter"));
        mvc.perform(get("/samverkan").cookie(session)).andExpect(status().isOk());

        mvc.perform(post("/admin/representanter/" + memberId(representative, second) + "/ta-bort")
                        .with(csrf())
                        .with(authentication(as(admin))))
                .andExpect(redirectedUrl("/admin/representanter"));
        mvc.perform(get("/samverkan").cookie(session))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(formLogin("/login").user(representative.username()).password(PASSWORD))
                .andExpect(redirectedUrl("/login?fel=losenord"));
        assertThat(jdbc.sql("""
				SELECT actor || ' ' || detail FROM audit_log WHERE subject_id = ? AND purpose = 'account.lifecycle'""")
                        .param(representative.accountId())
                        .query(String.class)
                        .list())
                .containsExactly(admin.username() + " disabled; sessions ended: 1");

        // appointed again: signs in again
        mvc.perform(post("/admin/representanter")
                        .param("departmentId", first)
                        .param("username", representative.username())
                        .with(csrf())
                        .with(authentication(as(admin))))
                .andExpect(redirectedUrl("/admin/representanter"));
        mvc.perform(formLogin("/login").user(representative.username()).password(PASSWORD))
                .andExpect(redirectedUrl("/start"));
    }

    UUID memberId(SamverkaUser representative, String department) {
        return jdbc.sql("SELECT id FROM collaboration_representative WHERE account_id = ? AND department_id = ?")
                .params(representative.accountId(), department)
                .query(UUID.class)
                .single();
    }
}
