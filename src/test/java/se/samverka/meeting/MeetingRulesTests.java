package se.samverka.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import se.samverka.IntegrationTest;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;

/**
 * The rules that need the database are the module's: it refuses what breaks them whoever calls, and the pages show
 * the refusal at the field it belongs to, with everything typed kept.
 */
@IntegrationTest
class MeetingRulesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    Meetings meetings;

    @Autowired
    Registrations registrations;

    @Autowired
    FollowUps followUps;

    @Test
    void moreParticipantsThanTheWholeMeetingHoldsAreRefusedAndNothingIsSaved() {
        var id = meeting("Litet rum " + tag(), 3);
        var org = organisation("Stora laget");
        assertThat(registrations.register(new NewRegistration(id, org, 4, "Alla fyra", "sv"), "test"))
                .isEqualTo(Registrations.Outcome.OVER_CAPACITY);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM meeting_registration WHERE meeting_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(registrations.register(new NewRegistration(id, org, 3, "Tre av oss", "sv"), "test"))
                .isEqualTo(Registrations.Outcome.REGISTERED);
    }

    @Test
    void anActionOwnerThatIsNoApprovedOrganisationNorActiveDepartmentIsRefused() throws Exception {
        var id = meeting("Uppföljning " + tag(), 10);
        var due = LocalDate.now(Meeting.STOCKHOLM).plusDays(14);
        assertThatThrownBy(() -> followUps.addAction(id, new NewAction("Okänd förening", UUID.randomUUID(), null, due)))
                .isInstanceOf(UnknownActionOwner.class);
        assertThatThrownBy(() -> followUps.addAction(id, new NewAction("Okänd förvaltning", null, "ingen-sadan", due)))
                .isInstanceOf(UnknownActionOwner.class);

        var description = "Boka lokal " + tag();
        var page = mvc.perform(post("/samverkan/moten/{id}/atgarder", id)
                        .with(csrf())
                        .with(authentication(as(coach())))
                        .param("description", description)
                        .param("owner", "department:ingen-sadan")
                        .param("dueOn", due.toString()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString()
                .transform(HtmlUtils::htmlUnescape);
        assertThat(page)
                .contains("id=\"owner-error\"")
                .contains("Välj vem som ansvarar för åtgärden")
                .contains(description);
        assertThat(actions(id)).isZero();

        followUps.addAction(id, new NewAction("Känd förening", organisation("Ansvarig"), null, due));
        followUps.addAction(id, new NewAction("Känd förvaltning", null, "sof", due));
        assertThat(actions(id)).isEqualTo(2);
    }

    @Test
    void aMeetingOrganisedByNoActiveDepartmentIsRefusedAtTheOrganiserField() throws Exception {
        var start = ZonedDateTime.now(Meeting.STOCKHOLM).plusDays(7);
        var details = new MeetingDetails(
                MeetingKind.BODY,
                "Okänd arrangör",
                "Dagordning",
                start.toInstant(),
                start.plusHours(2).toInstant(),
                "Kommunhuset",
                null,
                null,
                "ingen-sadan");
        assertThatThrownBy(() -> meetings.create(details, "test"))
                .isInstanceOfSatisfying(
                        MeetingRefused.class,
                        refused ->
                                assertThat(refused.reasons()).containsExactly(MeetingRefused.Reason.ORGANISER_UNKNOWN));

        var title = "Okänd arrangör " + tag();
        var page = mvc.perform(post("/samverkan/moten/ny")
                        .with(csrf())
                        .with(authentication(as(coach())))
                        .param("kind", "BODY")
                        .param("title", title)
                        .param("agenda", "Dagordning")
                        .param("date", start.toLocalDate().toString())
                        .param("startTime", "13:00")
                        .param("endTime", "15:00")
                        .param("place", "Kommunhuset")
                        .param("videoLink", "")
                        .param("capacity", "")
                        .param("organiser", "ingen-sadan"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString()
                .transform(HtmlUtils::htmlUnescape);
        assertThat(page)
                .contains("id=\"organiser-error\"")
                .contains("Välj vem som arrangerar mötet")
                .contains(title);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM meeting WHERE title = ?")
                        .param(title)
                        .query(Integer.class)
                        .single())
                .isZero();
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

    UUID organisation(String name) {
        var id = UUID.randomUUID();
        var now = Timestamp.from(Instant.now());
        jdbc.sql("""
				INSERT INTO organisation (id, name, form, purpose, email, status, applied_at, confirmed_at)
				VALUES (?, ?, 'IDEELL_FORENING', 'Hjälper grannar', ?, 'APPROVED', ?, ?)""")
                .params(id, name + " " + tag(), "info-" + id + "@example.se", now, now)
                .update();
        return id;
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

    int actions(UUID meeting) {
        return jdbc.sql("SELECT COUNT(*) FROM meeting_action WHERE meeting_id = ?")
                .param(meeting)
                .query(Integer.class)
                .single();
    }
}
