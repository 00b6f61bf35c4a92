package se.samverka.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.samverka.IntegrationTest;

/** The header's menu shows each viewer the links of their roles, and nothing of the others'. */
@IntegrationTest
class MenuTests {

    @Autowired
    MockMvc mvc;

    @Test
    void anonymousVisitorsSeeThePublicLinksAndNoLogout() throws Exception {
        var menu = menu(null);
        assertThat(menu.select("nav a[href=/bli-volontar]")).hasSize(1);
        assertThat(menu.select("nav a[href=/login]")).hasSize(1);
        assertThat(menu.select("nav form[action=/logout]")).isEmpty();
        assertThat(menu.select("nav a[href=/samordning]")).isEmpty();
    }

    @Test
    void aCoordinatorSeesTheQueueButNotTheAdministratorsPages() throws Exception {
        var menu = menu(user("samordnare").roles("COORDINATOR"));
        assertThat(menu.select("nav a[href=/samordning]")).hasSize(1);
        assertThat(menu.select("nav form[action=/logout]")).hasSize(1);
        assertThat(menu.select("nav a[href=/login]")).isEmpty();
        assertThat(menu.select("nav a[href=/admin/utkorg]")).isEmpty();
        assertThat(menu.select("nav a[href=/idelabbet]")).isEmpty();
        assertThat(menu.select("nav a[href=/mina-sidor]")).isEmpty();
    }

    @Test
    void anAdministratorSeesEveryStaffArea() throws Exception {
        var menu = menu(user("admin").roles("ADMIN", "COORDINATOR"));
        for (var href : new String[] {
            "/samordning", "/admin/utkorg", "/admin/hjalpformer", "/idelabbet", "/samverkan", "/dataskydd"
        }) {
            assertThat(menu.select("nav a[href=" + href + "]")).as(href).hasSize(1);
        }
    }

    @Test
    void aVolunteerSeesTheirOwnPages() throws Exception {
        var menu = menu(user("volontar@example.se").roles("VOLUNTEER"));
        assertThat(menu.select("nav a[href=/mina-sidor]")).hasSize(1);
        assertThat(menu.select("nav a[href=/samordning]")).isEmpty();
        assertThat(menu.select("nav a[href=/dataskydd]")).isEmpty();
    }

    private Document menu(RequestPostProcessor viewer) throws Exception {
        var request = get("/integritet");
        if (viewer != null) {
            request.with(viewer);
        }
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }
}
