package se.samverka.safetypoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static se.samverka.safetypoint.SafetyPointFixtures.COORDINATOR;
import static se.samverka.safetypoint.SafetyPointFixtures.as;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.TestVolunteer;
import se.samverka.district.Districts;
import se.samverka.effort.Efforts;
import se.samverka.privacy.PersonIdentity;
import se.samverka.shared.PersonRef;

/**
 * Staffing through the effort engine and check-in at the place: a volunteer signs up for the linked effort's shift
 * the everyday way, the point's page counts them, they check in and out by the poster's page, and the coordinator
 * sees who is there and the hours; a volunteer without a shift there today is refused, plainly.
 */
@IntegrationTest
class CheckInTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Districts districts;

    @Autowired
    Efforts efforts;

    @Autowired
    SafetyPointPersonalData personalData;

    /** The application's clock: "today" is the municipality's day, not the test machine's. */
    @Autowired
    Clock clock;

    @Test
    void aVolunteerOnTodaysShiftChecksInAndOutAndTheCoordinatorSeesIt() throws Exception {
        // the shift starts a little later today, so that the everyday sign-up still takes it
        assumeTrue(LocalTime.now(clock).isBefore(LocalTime.of(23, 30)), "a shift later today needs time left today");
        var from = LocalTime.now(clock).plusMinutes(10).truncatedTo(ChronoUnit.MINUTES);
        var district = SafetyPointFixtures.district(districts, "Incheckö");
        var effort = SafetyPointFixtures.effort(efforts, district, "Bemanning Incheckö");
        var shift =
                SafetyPointFixtures.shift(efforts, effort, district, LocalDate.now(clock), from, LocalTime.of(23, 59));
        var point = SafetyPointFixtures.point(jdbc, "Incheckö skola", district, "OPEN", effort);
        var anna = TestVolunteer.named("Anna Incheck").in(district).adult(true).insert(jdbc);

        // signed up through the effort module, as for any shift
        var signedUp = mvc.perform(post("/mina-sidor/insatser/pass/{shiftId}/anmal", shift)
                        .with(csrf())
                        .with(authentication(volunteer(anna))))
                .andReturn()
                .getResponse();
        assertThat(signedUp.getRedirectedUrl()).isEqualTo("/mina-sidor/insatser");
        assertThat(coordinatorPage(point).select(".safety-point-shift").text()).contains("1 av 3");

        var page = checkInPage(point, anna);
        assertThat(page.select("#check-in-no-shift")).isEmpty();
        assertThat(page.select(".check-in-shift").text()).contains("Kvällspass");
        assertThat(page.select("#check-in")).hasSize(1);

        mvc.perform(post("/trygghetspunkter/{id}/checka-in", point).with(csrf()).with(authentication(volunteer(anna))));
        // pressing twice checks in once
        mvc.perform(post("/trygghetspunkter/{id}/checka-in", point).with(csrf()).with(authentication(volunteer(anna))));
        assertThat(checkIns(point, anna.id(), "checked_out_at IS NULL")).isEqualTo(1);
        assertThat(checkInPage(point, anna).select("#check-out")).hasSize(1);

        var present = coordinatorPage(point);
        assertThat(present.select("#safety-point-present").text()).contains("Anna Incheck");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE subject_kind = 'VOLUNTEER' AND subject_id = ?")
                        .param(anna.id())
                        .query(Integer.class)
                        .single())
                .as("the coordinator's read of who is there is audited")
                .isPositive();

        mvc.perform(post("/trygghetspunkter/{id}/checka-ut", point).with(csrf()).with(authentication(volunteer(anna))));
        assertThat(checkIns(point, anna.id(), "checked_out_at IS NOT NULL")).isEqualTo(1);
        var after = coordinatorPage(point);
        assertThat(after.select("#safety-point-nobody")).hasSize(1);
        assertThat(after.select("#safety-point-hours").text())
                .contains("Anna Incheck")
                .contains("0:0");
        // once checked out, the shift cannot be checked in again
        mvc.perform(post("/trygghetspunkter/{id}/checka-in", point).with(csrf()).with(authentication(volunteer(anna))));
        assertThat(checkIns(point, anna.id(), "TRUE")).isEqualTo(1);

        // the check-ins are in the volunteer's own data, and go on erasure
        var who = new PersonIdentity(PersonRef.volunteer(anna.id()), anna.name(), Set.of(), Set.of(), null, "sv");
        var export = personalData.export(who);
        assertThat(export).hasSize(1);
        assertThat(export.get(0).rows().get(0)).containsEntry("place", "Incheckö skola");
        assertThat(personalData.erase(who).removed()).isEqualTo(1);
        assertThat(checkIns(point, anna.id(), "TRUE")).isZero();
    }

    @Test
    void aVolunteerWithoutAShiftThereTodayIsToldSoAndNotCheckedIn() throws Exception {
        var district = SafetyPointFixtures.district(districts, "Passlös");
        var effort = SafetyPointFixtures.effort(efforts, district, "Bemanning Passlös");
        var today = SafetyPointFixtures.shift(
                efforts, effort, district, LocalDate.now(clock), LocalTime.of(0, 0), LocalTime.of(23, 59));
        var tomorrow = SafetyPointFixtures.shift(
                efforts, effort, district, LocalDate.now(clock).plusDays(1), LocalTime.of(10, 0), LocalTime.of(12, 0));
        var point = SafetyPointFixtures.point(jdbc, "Passlös kyrka", district, "OPEN", effort);
        var bo = TestVolunteer.named("Bo Passlös").in(district).adult(true).insert(jdbc);
        // Bo is on tomorrow's shift and only waiting for today's: neither lets him check in today
        signup(tomorrow, bo.id(), "CONFIRMED");
        signup(today, bo.id(), "WITHDRAWN");

        var page = checkInPage(point, bo);
        assertThat(page.select("#check-in-no-shift").text()).contains("inget pass här i dag");
        assertThat(page.select("#check-in")).isEmpty();
        var response = mvc.perform(post("/trygghetspunkter/{id}/checka-in", point)
                        .with(csrf())
                        .with(authentication(volunteer(bo))))
                .andReturn();
        assertThat(response.getFlashMap().get("flash")).isEqualTo("safetypoint.checkin.outcome.NO_SHIFT");
        assertThat(checkIns(point, bo.id(), "TRUE")).isZero();
    }

    @Test
    void theCheckInPageAsksForTheLoginFirst() throws Exception {
        var response = mvc.perform(get("/trygghetspunkter/{id}/checka-in", UUID.randomUUID()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).contains("/login");
    }

    private Document checkInPage(UUID point, TestVolunteer.Created who) throws Exception {
        return Jsoup.parse(
                mvc.perform(get("/trygghetspunkter/{id}/checka-in", point).with(authentication(volunteer(who))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
    }

    private Document coordinatorPage(UUID point) throws Exception {
        return Jsoup.parse(
                mvc.perform(get("/samordning/trygghetspunkter/{id}", point).with(authentication(as(COORDINATOR))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
    }

    private int checkIns(UUID point, UUID volunteer, String condition) {
        return jdbc.sql("SELECT COUNT(*) FROM safety_point_checkin WHERE safety_point_id = ? AND volunteer_id = ? AND "
                        + condition)
                .params(point, volunteer)
                .query(Integer.class)
                .single();
    }

    private void signup(UUID shift, UUID volunteer, String status) {
        jdbc.sql("""
				INSERT INTO effort_signup (id, shift_id, volunteer_id, status, active_shift_id, created_at, changed_at)
				VALUES (?, ?, ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
                .params(UUID.randomUUID(), shift, volunteer, status, "WITHDRAWN".equals(status) ? null : shift)
                .update();
    }

    private static Authentication volunteer(TestVolunteer.Created who) {
        return as(who.user());
    }
}
