package se.samverka.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.Settled;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;
import se.samverka.district.Districts;
import se.samverka.shared.EmailAddress;

/**
 * Staff cancel an organisation's registration (after a confirmation page; the organisation is told once, the waiting
 * list moves up), and invitations go out in the language the organisation chose on its profile.
 */
@IntegrationTest
class MeetingRegistrationCancelTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    Districts districts;

    @Autowired
    Registrations registrations;

    @Test
    void theOrganiserCancelsARegistrationAfterConfirmingAndTheOrganisationIsToldOnceInItsLanguage() throws Exception {
        var coach = coach();
        var district = district();
        var seated = organisation("Sittande", district, "en");
        var waiting = organisation("Väntande", district, "sv");
        var id = meeting("Fullt möte " + tag(), 2);
        assertThat(registrations.register(new NewRegistration(id, seated, 2, "A, B", "en"), "test"))
                .isEqualTo(Registrations.Outcome.REGISTERED);
        assertThat(registrations.register(new NewRegistration(id, waiting, 2, "C, D", "sv"), "test"))
                .isEqualTo(Registrations.Outcome.WAITING);

        var detail = Jsoup.parse(mvc.perform(get("/samverkan/moten/{id}", id).with(authentication(as(coach))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(detail.select("a.cancel-registration").eachAttr("href"))
                .contains("/samverkan/moten/" + id + "/anmalan/" + seated + "/avboka");

        var confirm = Jsoup.parse(mvc.perform(get("/samverkan/moten/{id}/anmalan/{org}/avboka", id, seated)
                        .with(authentication(as(coach))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(confirm.select("h1").text()).startsWith("Avboka anmälan från Sittande");
        assertThat(registrationStatus(id, seated))
                .as("the confirmation page changes nothing")
                .isEqualTo("REGISTERED");

        var since = Settled.now();
        mvc.perform(post("/samverkan/moten/{id}/anmalan/{org}/avboka", id, seated)
                        .with(csrf())
                        .with(authentication(as(coach))))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "meeting.staffCancel.done"));
        assertThat(registrationStatus(id, seated)).isEqualTo("CANCELLED");
        assertThat(registrationStatus(id, waiting))
                .as("the waiting list moves up")
                .isEqualTo("REGISTERED");
        Settled.since(jdbc, since);
        assertThat(mails(email(seated)))
                .singleElement()
                .satisfies(m -> assertThat(m)
                        .startsWith("Your registration is cancelled")
                        .contains("/forening/" + seated + "/moten/" + id));
        assertThat(mails(email(waiting)))
                .singleElement()
                .satisfies(m -> assertThat(m).startsWith("Ni har fått en plats"));

        // a second cancellation finds nothing live: 404, and no second e-mail
        mvc.perform(post("/samverkan/moten/{id}/anmalan/{org}/avboka", id, seated)
                        .with(csrf())
                        .with(authentication(as(coach))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/samverkan/moten/{id}/anmalan/{org}/avboka", id, UUID.randomUUID())
                        .with(authentication(as(coach))))
                .andExpect(status().isNotFound());
        assertThat(mails(email(seated))).hasSize(1);
    }

    @Test
    void invitationsGoOutInTheLanguageTheOrganisationChoseOnItsProfile() throws Exception {
        var coach = coach();
        var district = district();
        var english = organisation("Engelska klubben", district, "sv");
        var swedish = organisation("Svenska föreningen", district, "sv");
        var member = member(english);

        var profile =
                Jsoup.parse(mvc.perform(get("/forening/{id}/uppgifter", english).with(authentication(as(member))))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(profile.select("input[name=language][checked]").val()).isEqualTo("sv");
        mvc.perform(post("/forening/{id}/uppgifter", english)
                        .with(csrf())
                        .with(authentication(as(member)))
                        .param("name", "Engelska klubben " + tag())
                        .param("form", "NATVERK")
                        .param("purpose", "Hjälper grannar")
                        .param("districts", district)
                        .param("activities", "CULTURE")
                        .param("email", email(english))
                        .param("language", "en"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT language FROM organisation WHERE id = ?")
                        .param(english)
                        .query(String.class)
                        .single())
                .isEqualTo("en");

        var id = meeting("Språkmöte " + tag(), 20);
        var since = Settled.now();
        mvc.perform(post("/samverkan/moten/{id}/bjud-in", id)
                        .with(csrf())
                        .with(authentication(as(coach)))
                        .param("organisationIds", english.toString(), swedish.toString()))
                .andExpect(status().is3xxRedirection());
        Settled.since(jdbc, since);
        assertThat(mails(email(english)))
                .singleElement()
                .satisfies(m -> assertThat(m).startsWith("Invitation:"));
        assertThat(mails(email(swedish)))
                .singleElement()
                .satisfies(m -> assertThat(m).startsWith("Inbjudan:"));
    }

    @Test
    void aLanguageThatIsNotOfferedIsAFieldError() throws Exception {
        var district = district();
        var org = organisation("Felspråk", district, "sv");
        var page = Jsoup.parse(mvc.perform(post("/forening/{id}/uppgifter", org)
                        .with(csrf())
                        .with(authentication(as(member(org))))
                        .param("name", "Felspråk " + tag())
                        .param("form", "NATVERK")
                        .param("purpose", "Hjälper grannar")
                        .param("districts", district)
                        .param("activities", "CULTURE")
                        .param("email", email(org))
                        .param("language", "fi"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#language-field .field-error").text()).isEqualTo("Välj svenska eller engelska");
    }

    static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    SamverkaUser coach() {
        var username = "coach-" + tag() + "@example.org";
        var id = accounts.createStaffAccount(username, "ett långt lösenord", Role.COACH, "Cecilia Coach");
        return new SamverkaUser(id, username, "x", Role.COACH, "Cecilia Coach", true);
    }

    static UsernamePasswordAuthenticationToken as(SamverkaUser user) {
        return new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
    }

    String district() {
        return districts.save(null, "Avbokningsholmen " + System.nanoTime(), 650000, 6580000, 990, Set.of());
    }

    UUID organisation(String name, String district, String language) {
        var id = UUID.randomUUID();
        var now = Timestamp.from(Instant.now());
        jdbc.sql("""
				INSERT INTO organisation (id, name, form, purpose, email, status, applied_at, confirmed_at, language)
				VALUES (?, ?, 'IDEELL_FORENING', 'Hjälper grannar', ?, 'APPROVED', ?, ?, ?)""")
                .params(id, name + " " + tag(), email(id), now, now, language)
                .update();
        jdbc.sql("INSERT INTO organisation_district (organisation_id, district_id) VALUES (?, ?)")
                .params(id, district)
                .update();
        jdbc.sql("INSERT INTO organisation_activity (organisation_id, activity) VALUES (?, 'CULTURE')")
                .param(id)
                .update();
        return id;
    }

    static String email(UUID organisation) {
        return "info-" + organisation + "@example.se";
    }

    SamverkaUser member(UUID organisationId) {
        var email = "m-" + tag() + "@example.se";
        var accountId =
                accounts.representativeAccount(EmailAddress.of(email), "Rut Representant", Locale.forLanguageTag("sv"));
        jdbc.sql("""
				INSERT INTO organisation_member (organisation_id, account_id, role, name, email, added_at)
				VALUES (?, ?, 'ADMIN', 'Rut Representant', ?, ?)""")
                .params(organisationId, accountId, email, Timestamp.from(Instant.now()))
                .update();
        return new SamverkaUser(accountId, email, null, Role.REPRESENTATIVE, "Rut Representant", true);
    }

    UUID meeting(String title, Integer capacity) {
        var id = UUID.randomUUID();
        var start = Instant.now().plusSeconds(86400 * 5);
        jdbc.sql("""
				INSERT INTO meeting (id, kind, title, agenda, starts_at, ends_at, place, capacity, created_by, created_at)
				VALUES (?, 'NETWORK', ?, 'Dagordning', ?, ?, 'Kommunhuset', ?, 'test', ?)""")
                .params(
                        id,
                        title,
                        Timestamp.from(start),
                        Timestamp.from(start.plusSeconds(7200)),
                        capacity,
                        Timestamp.from(Instant.now()))
                .update();
        return id;
    }

    List<String> mails(String email) {
        return jdbc.sql("SELECT subject || '\n' || body FROM outbox_message WHERE recipient = ? ORDER BY created_at")
                .param(email)
                .query(String.class)
                .list();
    }

    String registrationStatus(UUID meeting, UUID organisation) {
        return jdbc.sql("SELECT status FROM meeting_registration WHERE meeting_id = ? AND organisation_id = ?")
                .params(meeting, organisation)
                .query(String.class)
                .single();
    }
}
