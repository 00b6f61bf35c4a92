package se.samverka.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.volunteer.VolunteerFixtures.newEmail;
import static se.samverka.volunteer.VolunteerFixtures.postSignup;
import static se.samverka.volunteer.VolunteerFixtures.signupForm;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.helpkind.HelpKindCommands;
import se.samverka.helpkind.HelpKinds;
import se.samverka.shared.HelpKind;

/** Volunteers choose among the kinds the administrator offers: a new one yes, a retired one no. */
@IntegrationTest
class KindsAtSignupTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HelpKinds kinds;

    @Autowired
    HelpKindCommands kindCommands;

    private final List<HelpKind> added = new ArrayList<>();

    @AfterEach
    void retireWhatWasAdded() {
        added.forEach(kindCommands::retire);
    }

    @Test
    void aNewKindCanBeChosenAtSignUpAndARetiredOneCannot() throws Exception {
        var tag = String.valueOf(System.nanoTime() % 1_000_000);
        var dog = kindCommands.add("Hundrastning " + tag, "Dog walking " + tag, null, 0);
        var gone = kindCommands.add("Förr " + tag, "Formerly " + tag, null, 0);
        added.addAll(List.of(dog, gone));
        kindCommands.retire(gone);

        var email = newEmail();
        var form = signupForm(email);
        form.put("kinds", List.of(dog.code(), "SHOPPING"));
        mvc.perform(postSignup(form)).andExpect(redirectedUrl("/bli-volontar/tack"));
        assertThat(jdbc.sql("SELECT k.kind FROM volunteer_help_kind k JOIN volunteer v ON v.id = k.volunteer_id"
                                + " WHERE v.email = ?")
                        .param(email)
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder(dog.code(), "SHOPPING");

        var refused = signupForm(newEmail());
        refused.put("kinds", List.of(gone.code()));
        var page = Jsoup.parse(mvc.perform(postSignup(refused))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#kinds-error").text()).isEqualTo("Välj bara sorters hjälp som finns i listan");
        assertThat(page.select("#kinds-field input[value=" + gone.code() + "]")).isEmpty();
    }
}
