package se.samverka.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static se.samverka.organisation.OrganisationFixtures.details;
import static se.samverka.organisation.OrganisationFixtures.email;
import static se.samverka.organisation.OrganisationFixtures.form;
import static se.samverka.organisation.OrganisationFixtures.unique;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;

/** A bot that fills in the hidden field is thanked like anyone else, and nothing is stored or sent. */
@IntegrationTest
class HoneypotTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theApplicationFormHasTheHiddenFieldBesidesTheRealWebsiteField() throws Exception {
        var page = Jsoup.parse(
                mvc.perform(get("/foreningar/ansok")).andReturn().getResponse().getContentAsString());
        assertThat(page.select(
                        "form[action=/foreningar/ansok] .hp-field[aria-hidden=true] input[name=homepage][tabindex=-1]"))
                .hasSize(1);
        assertThat(page.select("input[name=website]")).hasSize(1);
    }

    @Test
    void aFilledInHoneypotIsThankedButNoApplicationIsStoredAndNoMailSent() throws Exception {
        var name = unique("Honungsföreningen");
        var applicant = email("bot");
        mvc.perform(form(post("/foreningar/ansok"), details(name, applicant))
                        .param("homepage", "x")
                        .with(csrf()))
                .andExpect(redirectedUrl("/foreningar/ansok/tack"));
        assertThat(applications(name)).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?")
                        .param(applicant)
                        .query(Integer.class)
                        .single())
                .isZero();

        // a real website in the organisation's own field is no honeypot
        mvc.perform(form(post("/foreningar/ansok"), details(name, applicant))
                        .param("homepage", "")
                        .with(csrf()))
                .andExpect(redirectedUrl("/foreningar/ansok/tack"));
        assertThat(applications(name)).isEqualTo(1);
    }

    private int applications(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM organisation WHERE name = ?")
                .param(name)
                .query(Integer.class)
                .single();
    }
}
