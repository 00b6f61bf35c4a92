package se.samverka.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.volunteer.VolunteerFixtures.as;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.account.AccountManagement;

/** Profile URLs take no id: whatever a volunteer adds to them, they reach only their own profile. */
@IntegrationTest
class ProfileIsolationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Signups signups;

    @Autowired
    Volunteers volunteers;

    @Autowired
    AccountManagement accounts;

    @Test
    void oneVolunteerCannotReadOrChangeAnothersProfileByAnyAddress() throws Exception {
        var me = VolunteerFixtures.signUp(signups, accounts, volunteers);
        var other = VolunteerFixtures.signUp(signups, accounts, volunteers);
        var otherId = other.profile().id().toString();
        var otherAccount = other.user().accountId().toString();

        for (var url : new String[] {
            "/mina-sidor/profil/" + otherId,
            "/mina-sidor/profil/" + otherAccount,
            "/mina-sidor/profil/ta-bort/" + otherId
        }) {
            mvc.perform(get(url).with(as(me.user()))).andExpect(status().isNotFound());
        }
        var read = mvc.perform(get("/mina-sidor/profil")
                        .param("id", otherId)
                        .param("accountId", otherAccount)
                        .with(as(me.user())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(read).select("input[name=email]").val()).isEqualTo(me.email());
        assertThat(read).doesNotContain(other.email());

        var form = ProfileTests.profileForm(me.email());
        mvc.perform(post("/mina-sidor/profil")
                        .params(form)
                        .param("id", otherId)
                        .param("accountId", otherAccount)
                        .with(csrf())
                        .with(as(me.user())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/mina-sidor/profil/paus")
                        .param("until", LocalDate.now().plusDays(5).toString())
                        .param("id", otherId)
                        .with(csrf())
                        .with(as(me.user())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/mina-sidor/profil/ta-bort")
                        .param("understood", "true")
                        .param("id", otherId)
                        .with(csrf())
                        .with(as(me.user())))
                .andExpect(status().is3xxRedirection());

        var untouched = volunteers.find(other.profile().id()).orElseThrow();
        assertThat(untouched).usingRecursiveComparison().isEqualTo(other.profile());
        assertThat(accounts.findByUsername(other.email())).isPresent();
        // what was sent went to the sender's own profile, which is now gone
        assertThat(volunteers.find(me.profile().id())).isEmpty();
    }
}
