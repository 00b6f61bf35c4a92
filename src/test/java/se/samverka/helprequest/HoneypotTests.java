package se.samverka.helprequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static se.samverka.helprequest.HelpRequestFixtures.posting;
import static se.samverka.helprequest.HelpRequestFixtures.validForm;
import static se.samverka.helprequest.HelpRequestFixtures.with;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
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

    @Autowired
    Clock clock;

    @Test
    void theFieldIsHiddenFromPeopleAndScreenReadersAndTellsHumansToLeaveItEmpty() throws Exception {
        var page = Jsoup.parse(
                mvc.perform(get("/be-om-hjalp")).andReturn().getResponse().getContentAsString());
        var wrapper = page.select("form[action=/be-om-hjalp] .hp-field").first();
        assertThat(wrapper).isNotNull();
        assertThat(wrapper.attr("aria-hidden")).isEqualTo("true");
        var input = wrapper.select("input[name=homepage]").first();
        assertThat(input.attr("tabindex")).isEqualTo("-1");
        assertThat(input.attr("autocomplete")).isEqualTo("off");
        assertThat(input.val()).isEmpty();
        assertThat(wrapper.select("label[for=homepage]").text()).isEqualTo("Lämna det här fältet tomt");
    }

    @Test
    void aFilledInHoneypotIsThankedButNothingIsStoredOrSent() throws Exception {
        var name = "Honung " + UUID.randomUUID().toString().substring(0, 8);
        var form = with(validForm(LocalDate.now(clock).plusDays(2)), "residentName", name);

        mvc.perform(posting(post("/be-om-hjalp"), with(form, "homepage", "http://spam.example"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/be-om-hjalp/tack"));
        assertThat(requestsFor(name)).isZero();
        assertThat(messagesNaming(name)).isZero();

        // the very same form without the honeypot is saved: the check above is not vacuous
        mvc.perform(posting(post("/be-om-hjalp"), with(form, "homepage", "")).with(csrf()))
                .andExpect(redirectedUrl("/be-om-hjalp/tack"));
        assertThat(requestsFor(name)).isEqualTo(1);
    }

    private int requestsFor(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM help_request WHERE resident_name = ?")
                .param(name)
                .query(Integer.class)
                .single();
    }

    private int messagesNaming(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE body LIKE ?")
                .param("%" + name + "%")
                .query(Integer.class)
                .single();
    }
}
