package se.samverka.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.volunteer.VolunteerFixtures.newEmail;
import static se.samverka.volunteer.VolunteerFixtures.postSignup;
import static se.samverka.volunteer.VolunteerFixtures.signupForm;

import jakarta.servlet.http.Cookie;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;
import se.samverka.shared.PrivacyNotice;

@IntegrationTest
@RecordApplicationEvents
class SignupTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    AccountManagement accounts;

    @Test
    void showsTheFormWithEveryChoiceAndWhyWeAsk() throws Exception {
        var html = mvc.perform(get("/bli-volontar"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var page = Jsoup.parse(html);
        assertThat(page.select("input[name=districts]")).hasSizeGreaterThanOrEqualTo(9);
        assertThat(page.select("input[name=kinds]")).hasSize(5);
        assertThat(page.select("input[name=languages]")).hasSize(13);
        assertThat(page.select("input[name=availability]")).hasSize(4);
        assertThat(page.select("input[type=radio][name=askFrequency]")).hasSize(4);
        assertThat(page.select("input[type=radio][name=hasCar]")).hasSize(2);
        assertThat(page.select("input[name=formId]").val()).hasSize(36);
        assertThat(page.select("a[href=/integritet]")).isNotEmpty();
        assertThat(page.text())
                .contains(
                        "Ekerö centrum",
                        "Telefonsällskap",
                        "Finska",
                        "Helger kvällstid",
                        "Högst två gånger i månaden",
                        "Vi frågar dig bara om behov i de områden du väljer");
        assertThat(page.select("input[name=consent]").hasAttr("checked")).isFalse();
        assertThat(page.select("input[type=checkbox][name=adult]")).hasSize(1);
        assertThat(page.select("input[name=adult]").hasAttr("checked")).isFalse();
        assertThat(page.select("#adult-field").text()).isEqualTo("Jag är 18 år eller äldre");
    }

    @Test
    void aVolunteerWhoTicksTheBoxIsStoredAsAdultAndOneWhoDoesNotIsNot() throws Exception {
        var adult = newEmail();
        var form = signupForm(adult);
        form.add("adult", "true");
        mvc.perform(postSignup(form)).andExpect(redirectedUrl("/bli-volontar/tack"));
        var young = newEmail();
        mvc.perform(postSignup(signupForm(young))).andExpect(redirectedUrl("/bli-volontar/tack"));

        assertThat(jdbc.sql("SELECT adult_confirmed FROM volunteer WHERE email = ?")
                        .param(adult)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(jdbc.sql("SELECT adult_confirmed FROM volunteer WHERE email = ?")
                        .param(young)
                        .query(Boolean.class)
                        .single())
                .isFalse();
    }

    @Test
    void signUpCreatesAccountVolunteerAndChoicesAndAnnouncesTheVolunteer() throws Exception {
        var email = newEmail();
        mvc.perform(postSignup(signupForm(email.toUpperCase()))).andExpect(redirectedUrl("/bli-volontar/tack"));

        var row = jdbc.sql("""
				SELECT v.id, v.name, v.phone, v.has_car, v.weekday_daytime, v.weekday_evening, v.weekend_daytime,
				       v.weekend_evening, v.ask_frequency, v.privacy_notice_version, v.consented_at,
				       v.email_confirmed_at, v.confirmation_token, a.username, a.role, a.locale, a.display_name
				FROM volunteer v JOIN account a ON a.id = v.account_id WHERE v.email = ?""").param(email).query().singleRow();
        assertThat(row.get("name")).isEqualTo("Anna Andersson");
        assertThat(row.get("phone")).isEqualTo("+46701234567");
        assertThat(row.get("has_car")).isEqualTo(true);
        assertThat(row)
                .containsEntry("weekday_daytime", false)
                .containsEntry("weekday_evening", true)
                .containsEntry("weekend_daytime", true)
                .containsEntry("weekend_evening", false);
        assertThat(row.get("ask_frequency")).isEqualTo("TWICE_A_MONTH");
        assertThat(row.get("privacy_notice_version")).isEqualTo(PrivacyNotice.CURRENT_VERSION);
        assertThat(row.get("consented_at")).isNotNull();
        assertThat(row.get("email_confirmed_at")).isNull();
        assertThat(row)
                .containsEntry("username", email)
                .containsEntry("role", "VOLUNTEER")
                .containsEntry("locale", "sv")
                .containsEntry("display_name", "Anna Andersson");

        var id = (UUID) row.get("id");
        assertThat(children("volunteer_district", "district_id", id))
                .containsExactlyInAnyOrder("ekero-centrum", "stenhamra");
        assertThat(children("volunteer_help_kind", "kind", id)).containsExactlyInAnyOrder("SHOPPING", "PHARMACY");
        assertThat(children("volunteer_language", "language", id)).containsExactlyInAnyOrder("sv", "fi");

        var registered = events.stream(VolunteerRegistered.class)
                .filter(e -> e.volunteerId().equals(id))
                .toList();
        assertThat(registered).hasSize(1);
        var event = registered.get(0);
        assertThat(event.email()).isEqualTo(email);
        assertThat(event.locale()).isEqualTo("sv");
        // only the hash of the e-mailed token is stored
        assertThat(event.confirmationToken()).isNotBlank().isNotEqualTo(row.get("confirmation_token"));
        assertThat(row.get("confirmation_token")).isEqualTo(ConfirmationToken.hash(event.confirmationToken()));
        assertThat(events.stream(VolunteerSignupRepeated.class)).isEmpty();
    }

    @Test
    void signUpInEnglishStoresEnglishForTheE_mails() throws Exception {
        var email = newEmail();
        mvc.perform(postSignup(signupForm(email)).cookie(new Cookie("samverka-lang", "en")))
                .andExpect(redirectedUrl("/bli-volontar/tack"));
        assertThat(jdbc.sql("SELECT locale FROM account WHERE username = ?")
                        .param(email)
                        .query(String.class)
                        .single())
                .isEqualTo("en");
        assertThat(jdbc.sql("SELECT locale FROM volunteer WHERE email = ?")
                        .param(email)
                        .query(String.class)
                        .single())
                .as("the volunteer module keeps the language itself, for call-out waves")
                .isEqualTo("en");
        assertThat(events.stream(VolunteerRegistered.class)
                        .filter(e -> e.email().equals(email)))
                .singleElement()
                .extracting(VolunteerRegistered::locale)
                .isEqualTo("en");
    }

    @Test
    void aKnownAddressCreatesNothingShowsTheSamePageAndTellsTheOwner() throws Exception {
        var email = newEmail();
        var first = mvc.perform(postSignup(signupForm(email)))
                .andExpect(redirectedUrl("/bli-volontar/tack"))
                .andReturn();
        var again = signupForm("  " + email.toUpperCase() + " ");
        again.set("name", "Someone Else");
        var second = mvc.perform(postSignup(again))
                .andExpect(redirectedUrl("/bli-volontar/tack"))
                .andReturn();

        assertThat(count(email)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT name FROM volunteer WHERE email = ?")
                        .param(email)
                        .query(String.class)
                        .single())
                .isEqualTo("Anna Andersson");
        var id = jdbc.sql("SELECT id FROM volunteer WHERE email = ?")
                .param(email)
                .query(UUID.class)
                .single();
        assertThat(events.stream(VolunteerRegistered.class)
                        .filter(e -> e.volunteerId().equals(id)))
                .hasSize(1);
        assertThat(events.stream(VolunteerSignupRepeated.class)
                        .filter(e -> e.volunteerId().equals(id)))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.email()).isEqualTo(email);
                    assertThat(e.locale()).isEqualTo("sv");
                });

        var firstPage = thanksPage(first.getResponse().getCookies());
        var secondPage = thanksPage(second.getResponse().getCookies());
        assertThat(secondPage).isEqualTo(firstPage);
    }

    @Test
    void theSameFormSentTwiceIsNoStrangerAndTellsTheOwnerNothing() throws Exception {
        var email = newEmail();
        var form = signupForm(email);
        mvc.perform(postSignup(form)).andExpect(redirectedUrl("/bli-volontar/tack"));
        mvc.perform(postSignup(form)).andExpect(redirectedUrl("/bli-volontar/tack"));
        assertThat(count(email)).isEqualTo(1);
        assertThat(events.stream(VolunteerSignupRepeated.class)
                        .filter(e -> e.email().equals(email)))
                .isEmpty();
    }

    @Test
    void anAddressThatIsAStaffLoginCreatesNoVolunteerAndShowsTheSamePage() throws Exception {
        var email = newEmail();
        accounts.createStaffAccount(email, "ett långt lösenord", Role.COORDINATOR, "Cecilia Samordnare");
        mvc.perform(postSignup(signupForm(email))).andExpect(redirectedUrl("/bli-volontar/tack"));
        assertThat(count(email)).isZero();
        assertThat(accounts.findByUsername(email).orElseThrow().role()).isEqualTo(Role.COORDINATOR);
        assertThat(events.stream(VolunteerSignupRepeated.class)
                        .filter(e -> e.email().equals(email)))
                .isEmpty();
    }

    @Test
    void thanksPageTellsWhatHappensNextWithoutPersonalDataInTheAddress() throws Exception {
        var result = mvc.perform(postSignup(signupForm(newEmail()))).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/bli-volontar/tack");
        var page = thanksPage(result.getResponse().getCookies());
        assertThat(page)
                .contains(
                        "Bekräfta din e-postadress",
                        "tydligt behov",
                        "vanligt att vara reserv",
                        "Läget just nu i de områden du valde");
    }

    @Test
    void thanksPageWithoutASignUpStillExplainsButShowsNoCounts() throws Exception {
        var html = mvc.perform(get("/bli-volontar/tack"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Det här händer nu").doesNotContain("id=\"counts\"");
    }

    @Test
    void pagesSpeakEnglishOnRequest() throws Exception {
        var html = mvc.perform(get("/bli-volontar").param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains(
                        "Become a volunteer",
                        "How often may we ask you?",
                        "Weekends, evenings",
                        "At most twice a month",
                        "lang=\"en\"");
        var thanks = mvc.perform(get("/bli-volontar/tack").cookie(new Cookie("samverka-lang", "en")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(thanks).contains("What happens now", "Being in reserve is normal");
        var bye = mvc.perform(get("/bli-volontar/hej-da").param("lang", "en"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(bye).contains("Your account has been deleted");
    }

    private String thanksPage(Cookie[] session) throws Exception {
        return mvc.perform(get("/bli-volontar/tack").cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private int count(String email) {
        return jdbc.sql("SELECT COUNT(*) FROM volunteer WHERE email = ?")
                .param(email)
                .query(Integer.class)
                .single();
    }

    private Set<String> children(String table, String column, UUID id) {
        return Set.copyOf(jdbc.sql("SELECT " + column + " FROM " + table + " WHERE volunteer_id = ?")
                .param(id)
                .query(String.class)
                .list());
    }

    @Test
    void aSignUpWritesNoServerSessionAndTheThankYouPageStillCountsItsDistricts() throws Exception {
        var posted = mvc.perform(postSignup(signupForm(newEmail())))
                .andExpect(redirectedUrl("/bli-volontar/tack"))
                .andReturn();

        assertThat(posted.getRequest().getSession(false)).isNull();
        var districts = posted.getResponse().getCookie("signup_districts");
        assertThat(districts).isNotNull();
        assertThat(districts.isHttpOnly()).isTrue();
        var thanks = mvc.perform(get("/bli-volontar/tack").cookie(districts))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(thanks.getModelAndView().getModel()).containsKeys("waiting", "volunteersThere");
        assertThat(thanks.getRequest().getSession(false)).isNull();
    }

    @Test
    void aForgedDistrictCookieIsIgnored() throws Exception {
        var thanks = mvc.perform(get("/bli-volontar/tack").cookie(new Cookie("signup_districts", "'; DROP TABLE x;--")))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(thanks.getModelAndView().getModel()).doesNotContainKey("waiting");
    }
}
