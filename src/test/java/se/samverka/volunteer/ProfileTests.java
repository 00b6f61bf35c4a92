package se.samverka.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.volunteer.VolunteerFixtures.as;
import static se.samverka.volunteer.VolunteerFixtures.newEmail;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import se.samverka.IntegrationTest;
import se.samverka.account.AccountManagement;
import se.samverka.account.SamverkaUser;
import se.samverka.shared.HelpKind;
import se.samverka.volunteer.VolunteerFixtures.Signed;

@IntegrationTest
class ProfileTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Signups signups;

    @Autowired
    Volunteers volunteers;

    @Autowired
    AccountManagement accounts;

    @Test
    void showsTheVolunteerTheirOwnProfile() throws Exception {
        var me = newVolunteer();
        var page = page(me.user());
        assertThat(page.select("input[name=name]").val()).isEqualTo("Bo Berg");
        assertThat(page.select("input[name=email]").val()).isEqualTo(me.email());
        assertThat(page.select("input[name=phone]").val()).isEqualTo("070-123 45 67");
        assertThat(page.select("input[name=districts][checked]").eachAttr("value"))
                .containsExactly("adelso");
        assertThat(page.select("input[name=kinds][checked]").eachAttr("value")).containsExactly("SHOPPING");
        assertThat(page.select("input[name=hasCar][checked]").eachAttr("value")).containsExactly("false");
        assertThat(page.select("input[name=askFrequency][checked]").eachAttr("value"))
                .containsExactly("ONCE_A_MONTH");
        assertThat(page.select("input[name=availability][checked]").eachAttr("value"))
                .containsExactly("WEEKDAY_DAYTIME");
        assertThat(page.select("input[name=consent]")).isEmpty();
        assertThat(page.select("input[type=checkbox][name=adult]")).hasSize(1);
        assertThat(page.select("input[name=adult]").hasAttr("checked")).isFalse();
        assertThat(page.select("a[href=/mina-sidor/profil/ta-bort]")).isNotEmpty();
    }

    @Test
    void onlyVolunteersReachProfiles() throws Exception {
        mvc.perform(get("/mina-sidor/profil")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/mina-sidor/profil").with(user("coordinator").roles("COORDINATOR")))
                .andExpect(status().isForbidden());
    }

    @Test
    void savingChangesEveryFieldAndTheLogin() throws Exception {
        var me = newVolunteer();
        var newEmail = newEmail();
        var form = profileForm(newEmail);

        mvc.perform(post("/mina-sidor/profil")
                        .params(form)
                        .with(csrf())
                        .with(as(me.user()))
                        .cookie(new Cookie("samverka-lang", "en")))
                .andExpect(redirectedUrl("/mina-sidor/profil"))
                .andExpect(flash().attribute("flash", "volunteer.profile.saved"));

        var saved = volunteers.find(me.profile().id()).orElseThrow();
        assertThat(saved.name()).isEqualTo("Bo Berglund");
        assertThat(saved.email().value()).isEqualTo(newEmail);
        assertThat(saved.phone().e164()).isEqualTo("+46739876543");
        assertThat(saved.districtIds()).containsExactlyInAnyOrder("ska", "sanga");
        assertThat(saved.kinds()).containsExactlyInAnyOrder(HelpKind.TRANSPORT, HelpKind.PHONE_COMPANIONSHIP);
        assertThat(saved.languages()).containsExactlyInAnyOrder("en", "ar");
        assertThat(saved.hasCar()).isTrue();
        assertThat(saved.availability()).isEqualTo(new Availability(false, false, true, true));
        assertThat(saved.askFrequency()).isEqualTo(AskFrequency.ONLY_IN_CRISIS);
        assertThat(saved.adultConfirmed()).isTrue();
        assertThat(page(me.user()).select("input[name=adult]").hasAttr("checked"))
                .isTrue();
        assertThat(saved.locale()).isEqualTo("en");
        assertThat(accounts.findByUsername(me.email())).isEmpty();
        var account = accounts.findByUsername(newEmail).orElseThrow();
        assertThat(account.accountId()).isEqualTo(me.user().accountId());
        assertThat(account.displayName()).isEqualTo("Bo Berglund");
    }

    @Test
    void anAddressSomeoneElseHasIsAFieldErrorAndChangesNothing() throws Exception {
        var me = newVolunteer();
        var other = newVolunteer();
        var form = profileForm(other.email().toUpperCase(Locale.ROOT));

        var html = mvc.perform(
                        post("/mina-sidor/profil").params(form).with(csrf()).with(as(me.user())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        var page = Jsoup.parse(html);
        assertThat(page.select("#email-error").text()).startsWith("E-postadressen används redan av ett annat konto");
        assertThat(page.select("input[name=name]").val()).isEqualTo("Bo Berglund");
        assertThat(volunteers.find(me.profile().id()).orElseThrow().name()).isEqualTo("Bo Berg");
    }

    @Test
    void badInputOnTheProfileIsShownAndKeptAndSavesNothing() throws Exception {
        var me = newVolunteer();
        var form = profileForm(me.email());
        form.set("phone", "08-123 456 78");
        form.remove("languages");

        var html = mvc.perform(
                        post("/mina-sidor/profil").params(form).with(csrf()).with(as(me.user())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        var page = Jsoup.parse(html);
        assertThat(page.select("#phone-error").text()).startsWith("Skriv ett mobilnummer");
        assertThat(page.select("#languages-error").text()).isEqualTo("Välj minst ett språk");
        assertThat(page.select("input[name=phone]").val()).isEqualTo("08-123 456 78");
        assertThat(page.select("input[name=districts][checked]").eachAttr("value"))
                .containsExactlyInAnyOrder("ska", "sanga");
        assertThat(volunteers.find(me.profile().id()).orElseThrow().phone().e164())
                .isEqualTo("+46701234567");
    }

    @Test
    void profilePagesSpeakEnglish() throws Exception {
        var me = newVolunteer();
        var html = mvc.perform(get("/mina-sidor/profil").param("lang", "en").with(as(me.user())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("My profile", "Take a break", "Stop volunteering", "Save changes");
        var leave = mvc.perform(get("/mina-sidor/profil/ta-bort")
                        .cookie(new Cookie("samverka-lang", "en"))
                        .with(as(me.user())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(leave).contains("What we delete", "What is kept, and why", "Archives Act");
    }

    /** A complete profile form with other values than {@link VolunteerFixtures#details}. */
    static MultiValueMap<String, String> profileForm(String email) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("name", "Bo Berglund");
        form.add("email", email);
        form.add("phone", "073-987 65 43");
        form.addAll("districts", List.of("ska", "sanga"));
        form.addAll("kinds", List.of("TRANSPORT", "PHONE_COMPANIONSHIP"));
        form.addAll("languages", List.of("en", "ar"));
        form.add("hasCar", "true");
        form.addAll("availability", List.of("WEEKEND_DAYTIME", "WEEKEND_EVENING"));
        form.add("askFrequency", "ONLY_IN_CRISIS");
        form.add("adult", "true");
        return form;
    }

    private Document page(SamverkaUser user) throws Exception {
        var html = mvc.perform(get("/mina-sidor/profil").with(as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }

    private Signed newVolunteer() {
        return VolunteerFixtures.signUp(signups, accounts, volunteers);
    }
}
