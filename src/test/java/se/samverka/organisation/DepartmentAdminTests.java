package se.samverka.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.organisation.OrganisationFixtures.unique;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;

@IntegrationTest
class DepartmentAdminTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Departments departments;

    @Autowired
    AccountManagement accounts;

    @Test
    void administratorsAddRenameReorderAndDeactivateDepartments() throws Exception {
        var name = unique("Tekniska förvaltningen");
        var location = mvc.perform(post("/admin/forvaltningar/ny")
                        .param("name", name)
                        .param("sortOrder", "5")
                        .param("active", "true")
                        .with(csrf())
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var id = location.substring(location.lastIndexOf('/') + 1);
        assertThat(departments.find(id).orElseThrow())
                .extracting(Department::name, Department::sortOrder, Department::active)
                .containsExactly(name, 5, true);
        assertThat(departments.active()).extracting(Department::id).containsSubsequence(id, "ksf");

        var renamed = unique("Samhällsbyggnadsförvaltningen");
        mvc.perform(post("/admin/forvaltningar/{id}", id)
                        .param("name", renamed)
                        .param("sortOrder", "999")
                        .with(csrf())
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().is3xxRedirection());
        var changed = departments.find(id).orElseThrow();
        assertThat(changed.name()).isEqualTo(renamed);
        assertThat(changed.sortOrder()).isEqualTo(999);
        assertThat(changed.active()).isFalse();
        assertThat(departments.active()).extracting(Department::id).doesNotContain(id);
    }

    @Test
    void badInputAndTakenNamesAreShownNextToTheField() throws Exception {
        var page = mvc.perform(post("/admin/forvaltningar/ny")
                        .param("name", "Socialförvaltningen")
                        .param("sortOrder", "x")
                        .with(csrf())
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Det finns redan en förvaltning med det namnet")
                .contains("Skriv ett heltal")
                .contains("value=\"x\"");
    }

    @Test
    void staffAccountsAreAddedAndRemovedButNotVolunteersOrUnknownNames() throws Exception {
        var username = "handlaggare" + System.nanoTime();
        var accountId =
                accounts.createStaffAccount(username, "hemligt-losenord-123", Role.COORDINATOR, "Hanna Handläggare");
        mvc.perform(post("/admin/forvaltningar/sof/personal")
                        .param("username", username.toUpperCase())
                        .with(csrf())
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().is3xxRedirection());
        assertThat(departments.of(accountId)).extracting(Department::id).containsExactly("sof");
        assertThat(mvc.perform(get("/admin/forvaltningar/sof")
                                .with(user("admin").roles("ADMIN")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Hanna Handläggare");

        var refused = mvc.perform(post("/admin/forvaltningar/sof/personal")
                        .param("username", "finns-inte")
                        .with(csrf())
                        .with(user("admin").roles("ADMIN")))
                .andReturn()
                .getFlashMap()
                .get("staffError");
        assertThat(refused).isEqualTo("organisation.department.staff.unknown");

        mvc.perform(post("/admin/forvaltningar/sof/personal/{a}/ta-bort", accountId)
                        .with(csrf())
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().is3xxRedirection());
        assertThat(departments.of(accountId)).isEmpty();
    }

    @Test
    void onlyAdministratorsManageDepartments() throws Exception {
        mvc.perform(get("/admin/forvaltningar").with(user("c").roles("COORDINATOR")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/forvaltningar/finns-inte").with(user("admin").roles("ADMIN")))
                .andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/admin/forvaltningar").with(user("admin").roles("ADMIN")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Kommunstyrelseförvaltningen");
    }
}
