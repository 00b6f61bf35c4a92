package se.samverka.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.samverka.IntegrationTest;

/** An administrator sets the municipality's name, contact details and colour; every page shows them at once. */
@IntegrationTest
class MunicipalIdentityAdminTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MunicipalIdentities identities;

    @AfterEach
    void backToTheConfiguration() {
        identities.reset("test");
    }

    @Test
    void showsTheConfiguredDetailsUntilAnAdministratorChangesThem() throws Exception {
        var page = page(get("/admin/kommun"), "sv");
        assertThat(page.select("#identity-source").text()).contains("konfiguration");
        assertThat(page.select("input#name").val())
                .isEqualTo(identities.current().name());
        assertThat(page.select("#identity-reset")).isEmpty();
        assertThat(page.title()).isEqualTo("Kommunen – Samverka");
    }

    @Test
    void savedDetailsAppearInTheHeaderFooterAndThemeAndTheChangeIsLogged() throws Exception {
        mvc.perform(save("Testby kommun", "#005a8c", "")
                        .param("phone", "0123-45 67 89")
                        .param("openingHours", "vardagar 9–15")
                        .param("openingHoursEn", "weekdays 9 am–3 pm")
                        .param("address", "Storgatan 1, 123 45 Testby")
                        .param("email", "info@testby.example"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/admin/kommun"));

        var home = anonymous("/", "sv");
        assertThat(home.select("header .brand-mark").text()).isEqualTo("Testby kommun");
        var footer = home.select("footer #municipality-contact");
        assertThat(footer.text())
                .startsWith("Testby kommun")
                .contains("0123-45 67 89", "(vardagar 9–15)", "Storgatan 1, 123 45 Testby", "info@testby.example");
        assertThat(footer.select("a[href=tel:0123456789]")).hasSize(1);
        assertThat(anonymous("/", "en").select("footer #municipality-contact").text())
                .contains("(weekdays 9 am–3 pm)");
        assertThat(home.select("link[rel=stylesheet][href^=/kommun.css]").attr("href"))
                .isEqualTo("/kommun.css?v=005a8c");
        var css = mvc.perform(get("/kommun.css?v=005a8c"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/css;charset=UTF-8"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(css).contains("--pico-primary: #005a8c;");

        var admin = page(get("/admin/kommun"), "sv");
        assertThat(admin.select("#identity-source").text()).contains("ändrats här");
        assertThat(admin.select("#identity-changes tbody tr").first().text())
                .contains("admin", "Kommunens namn", "Telefonnummer", "Färg");
    }

    @Test
    void aColourWithTooLittleContrastIsRefusedNextToTheFieldKeepingWhatWasTyped() throws Exception {
        var sv = Jsoup.parse(mvc.perform(save("Gulby kommun", "#ffcc00", "sv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(sv.select("#primaryColour-error").text())
                .isEqualTo(
                        "Färgen #ffcc00 har kontrasten 1,5:1 mot vitt, men behöver minst 4,5:1. Välj en mörkare färg.");
        assertThat(sv.select("#error-summary a[href=#primaryColour-field]")).hasSize(1);
        assertThat(sv.select("input#primaryColour").attr("aria-invalid")).isEqualTo("true");
        assertThat(sv.select("input#name").val()).isEqualTo("Gulby kommun");
        assertThat(sv.select("input#primaryColour").val()).isEqualTo("#ffcc00");

        var en = Jsoup.parse(mvc.perform(save("Gulby kommun", "#ffcc00", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(en.select("#primaryColour-error").text()).startsWith("The colour #ffcc00 has a contrast of 1.5:1");

        assertThat(identities.current().name()).isNotEqualTo("Gulby kommun");
    }

    @Test
    void badValuesAreRefusedInTheUsersLanguageAndNothingIsStored() throws Exception {
        var before = identities.current();
        var page = Jsoup.parse(mvc.perform(save(" ", "blå", "sv")
                        .param("logo", "https://elsewhere.example/logo.png")
                        .param("email", "inte-en-adress")
                        .param("phone", "ring mig"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#name-error").text()).isEqualTo("Skriv kommunens namn");
        assertThat(page.select("#primaryColour-error").text()).startsWith("Skriv färgen som #");
        assertThat(page.select("#logo-error").text()).startsWith("Logotypen ska vara en adress på den här webbplatsen");
        assertThat(page.select("#email-error").text()).startsWith("Skriv en e-postadress");
        assertThat(page.select("#phone-error").text()).startsWith("Telefonnumret får bara innehålla");
        assertThat(identities.current()).isEqualTo(before);
        assertThat(identities.overridden()).isFalse();
    }

    @Test
    void aLogoOnThisSiteReplacesTheTextMarkAndResetGoesBackToTheConfiguration() throws Exception {
        mvc.perform(save("Loggby kommun", "#1d5c96", "").param("logo", "/favicon.svg"))
                .andExpect(status().is3xxRedirection());
        var logo = anonymous("/", "sv").select("header .brand img.brand-logo");
        assertThat(logo.attr("src")).isEqualTo("/favicon.svg");
        assertThat(logo.attr("alt")).isEqualTo("Loggby kommun");

        mvc.perform(post("/admin/kommun/aterstall")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(anonymous("/", "sv").select("header img.brand-logo")).isEmpty();
        assertThat(identities.current().name()).isNotEqualTo("Loggby kommun");
        assertThat(identities.changes().get(0).fields()).containsExactly("reset");
    }

    @Test
    void onlyAdministratorsMayChangeIt() throws Exception {
        mvc.perform(get("/admin/kommun").with(user("c").roles("COORDINATOR"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/kommun")
                        .with(user("c").roles("COORDINATOR"))
                        .with(csrf())
                        .param("name", "Fel kommun")
                        .param("primaryColour", "#1d5c96"))
                .andExpect(status().isForbidden());
        assertThat(identities.current().name()).isNotEqualTo("Fel kommun");
    }

    private static MockHttpServletRequestBuilder save(String name, String colour, String language) {
        var request = post("/admin/kommun")
                .with(user("admin").roles("ADMIN"))
                .with(csrf())
                .param("name", name)
                .param("primaryColour", colour);
        return language.isEmpty() ? request : request.cookie(new Cookie("samverka-lang", language));
    }

    private Document page(MockHttpServletRequestBuilder request, String language) throws Exception {
        return Jsoup.parse(
                mvc.perform(request.with(user("admin").roles("ADMIN")).cookie(new Cookie("samverka-lang", language)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
    }

    private Document anonymous(String path, String language) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).cookie(new Cookie("samverka-lang", language)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
