package se.samverka.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static se.samverka.volunteer.VolunteerFixtures.newEmail;
import static se.samverka.volunteer.VolunteerFixtures.postSignup;
import static se.samverka.volunteer.VolunteerFixtures.signupForm;

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
    void theSignupFormHasTheHiddenField() throws Exception {
        var page = Jsoup.parse(mvc.perform(get("/bli-volontar").param("lang", "en"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        var wrapper = page.select("form[action=/bli-volontar] .hp-field[aria-hidden=true]");
        assertThat(wrapper.select("input[name=homepage][tabindex=-1][autocomplete=off]"))
                .hasSize(1);
        assertThat(wrapper.select("label[for=homepage]").text()).isEqualTo("Leave this field empty");
    }

    @Test
    void aFilledInHoneypotIsThankedButNoVolunteerIsStoredAndNoMailSent() throws Exception {
        var email = newEmail();
        var form = signupForm(email);
        form.add("homepage", "spam");
        mvc.perform(postSignup(form)).andExpect(redirectedUrl("/bli-volontar/tack"));
        assertThat(volunteersWith(email)).isZero();
        assertThat(messagesTo(email)).isZero();

        form.set("homepage", "");
        mvc.perform(postSignup(form)).andExpect(redirectedUrl("/bli-volontar/tack"));
        assertThat(volunteersWith(email)).isEqualTo(1);
    }

    private int volunteersWith(String email) {
        return jdbc.sql("SELECT COUNT(*) FROM volunteer WHERE email = ?")
                .param(email)
                .query(Integer.class)
                .single();
    }

    private int messagesTo(String email) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?")
                .param(email)
                .query(Integer.class)
                .single();
    }
}
