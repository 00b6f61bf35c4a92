package se.samverka.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.volunteer.VolunteerFixtures.as;
import static se.samverka.volunteer.VolunteerFixtures.signUp;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.account.AccountManagement;

/** A volunteer's own pages show their details: neither the browser nor a proxy may keep them. */
@IntegrationTest
class PersonalDataCacheTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Signups signups;

    @Autowired
    AccountManagement accounts;

    @Autowired
    Volunteers volunteers;

    @Test
    void myPagesAreNeverStored() throws Exception {
        var signed = signUp(signups, accounts, volunteers);
        for (var path : new String[] {"/mina-sidor", "/mina-sidor/profil"}) {
            var page = mvc.perform(get(path).with(as(signed.user())))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse();
            assertThat(page.getHeader("Cache-Control")).as(path).contains("no-store");
        }
        var profile = mvc.perform(get("/mina-sidor/profil").with(as(signed.user())))
                .andReturn()
                .getResponse();
        assertThat(profile.getContentAsString()).contains(signed.email());
    }
}
