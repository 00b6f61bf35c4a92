package se.samverka.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.volunteer.VolunteerFixtures.as;

import java.time.LocalTime;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.account.AccountManagement;

/** The contact budget's other half: the channel and the hours when a volunteer is never asked. */
@IntegrationTest
class ContactPreferencesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Signups signups;

    @Autowired
    AccountManagement accounts;

    @Autowired
    Volunteers volunteers;

    @Test
    void volunteerChoosesSmsAndQuietHoursAcrossMidnight() throws Exception {
        var me = VolunteerFixtures.signUp(signups, accounts, volunteers);
        var form = ProfileTests.profileForm(me.email());
        form.add("contactChannel", "SMS");
        form.add("quietFrom", "21.30");
        form.add("quietTo", "7:00");
        form.add("digest", "true");
        mvc.perform(post("/mina-sidor/profil").params(form).with(as(me.user())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var saved = volunteers.find(me.profile().id()).orElseThrow();
        assertThat(saved.contactChannel()).isEqualTo(ContactChannel.SMS);
        assertThat(saved.digest()).isTrue();
        assertThat(saved.quietHours()).isEqualTo(new QuietHours(LocalTime.of(21, 30), LocalTime.of(7, 0)));
        assertThat(saved.isQuietAt(LocalTime.of(23, 0))).isTrue();
        assertThat(saved.isQuietAt(LocalTime.of(12, 0))).isFalse();

        form.set("quietFrom", "");
        form.set("quietTo", "");
        form.set("contactChannel", "EMAIL");
        mvc.perform(post("/mina-sidor/profil").params(form).with(as(me.user())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(volunteers.find(me.profile().id()).orElseThrow().quietHours())
                .isNull();
    }

    @Test
    void halfOrWrongQuietHoursAreExplainedNextToTheFieldAndKept() throws Exception {
        var me = VolunteerFixtures.signUp(signups, accounts, volunteers);
        var form = ProfileTests.profileForm(me.email());
        form.add("quietFrom", "22:00");
        var page = Jsoup.parse(mvc.perform(post("/mina-sidor/profil")
                        .params(form)
                        .with(as(me.user()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#quietTo-error").text()).isEqualTo("Fyll i både från och till, eller lämna båda tomma");
        assertThat(page.select("#quietFrom").val()).isEqualTo("22:00");
        assertThat(page.select("#error-summary a[href=#quietTo-field]")).hasSize(1);

        form.set("quietFrom", "25:00");
        form.add("quietTo", "08:00");
        page = Jsoup.parse(mvc.perform(post("/mina-sidor/profil")
                        .params(form)
                        .with(as(me.user()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#quietFrom-error").text()).isEqualTo("Skriv en tid som TT:MM, till exempel 21:00");
        assertThat(page.select("#quietFrom").val()).isEqualTo("25:00");
        assertThat(volunteers.find(me.profile().id()).orElseThrow().quietHours())
                .isNull();
    }
}
