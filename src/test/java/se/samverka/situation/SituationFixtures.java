package se.samverka.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;
import se.samverka.crisis.Crises;
import se.samverka.effort.Effort;
import se.samverka.effort.EffortStatus;
import se.samverka.effort.Efforts;
import se.samverka.effort.Shift;
import se.samverka.effort.SignupMode;
import se.samverka.helprequest.Channel;
import se.samverka.helprequest.HelpRequests;
import se.samverka.helprequest.NewHelpRequest;
import se.samverka.helprequest.PaymentMethod;
import se.samverka.helprequest.Recurrence;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PhoneNumber;

/** Data for the situation tests: a crisis started through the admin page, requests, shifts, sign-ups and answers. */
record SituationFixtures(MockMvc mvc, JdbcClient jdbc, Crises crises, HelpRequests requests, Efforts efforts) {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    static final SamverkaUser ADMIN =
            new SamverkaUser(UUID.randomUUID(), "lage-admin", "x", Role.ADMIN, "Krisa Admin", true);
    static final SamverkaUser COORDINATOR =
            new SamverkaUser(UUID.randomUUID(), "lage-samordnare", "x", Role.COORDINATOR, "Sam Ordnare", true);

    static Authentication as(SamverkaUser user) {
        return new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
    }

    void endAnyCrisis() {
        crises.current().ifPresent(c -> crises.end(c.id(), "test", Instant.now().plusSeconds(1)));
    }

    /** Starts a crisis through the admin form, a few minutes back, and returns its id. */
    UUID startCrisis(String name) throws Exception {
        endAnyCrisis();
        var start = Instant.now().minus(3, ChronoUnit.MINUTES).atZone(STOCKHOLM);
        mvc.perform(post("/admin/kris")
                        .param("name", name)
                        .param("kind", "POWER_CUT")
                        .param("startDate", start.toLocalDate().toString())
                        .param(
                                "startTime",
                                start.toLocalTime()
                                        .truncatedTo(ChronoUnit.MINUTES)
                                        .toString())
                        .param("expectedHours", "48")
                        .param("publicMessage", "Gå till trygghetspunkten.")
                        .param("phone", "08-124 571 00")
                        .param("contactBudgetRaise", "0")
                        .with(csrf())
                        .with(authentication(as(ADMIN))))
                .andExpect(status().is3xxRedirection());
        var crisis = crises.current().orElseThrow();
        assertThat(crisis.name()).isEqualTo(name);
        return crisis.id();
    }

    UUID request(String resident, String districtId, HelpKind kind, String what) {
        return requests.submit(
                        new NewHelpRequest(
                                resident,
                                PhoneNumber.of("08-560 391 00"),
                                "Lönnvägen 3",
                                districtId,
                                kind,
                                what,
                                LocalDate.now(STOCKHOLM).plusDays(1),
                                LocalTime.of(10, 0),
                                LocalTime.of(12, 0),
                                Recurrence.ONE_OFF,
                                PaymentMethod.INVOICE,
                                "",
                                null,
                                null,
                                Channel.PHONE,
                                null,
                                null,
                                null),
                        "test")
                .id();
    }

    void assign(UUID request, UUID volunteerId) throws Exception {
        mvc.perform(post("/samordning/arenden/{id}/tilldela", request)
                        .param("volunteerId", volunteerId.toString())
                        .with(csrf())
                        .with(authentication(as(COORDINATOR))))
                .andExpect(status().is3xxRedirection());
    }

    /** A shift of a published effort in the district at the time, taking {@code max} people. */
    UUID shift(String districtId, Instant startsAt, int minutes, int max) {
        var start = startsAt.atZone(STOCKHOLM);
        var effort = efforts.create(
                new Effort(
                        null,
                        null,
                        "sof",
                        "Vattenutdelning",
                        "Beskrivning",
                        "Alla",
                        start.toLocalDate().minusDays(1),
                        start.toLocalDate().plusMonths(1),
                        "Kontakt Person",
                        "kontakt@example.se",
                        null,
                        EffortStatus.DRAFT,
                        List.of(districtId)),
                "test");
        efforts.publish(effort);
        var from = start.toLocalTime().truncatedTo(ChronoUnit.MINUTES);
        return efforts.addShifts(
                        new Shift(
                                null,
                                effort,
                                "Utdelning",
                                start.toLocalDate(),
                                from,
                                from.plusMinutes(minutes),
                                "Skolan",
                                districtId,
                                1,
                                max,
                                null,
                                false,
                                SignupMode.INSTANT,
                                false,
                                0,
                                List.of(HelpKind.SHOPPING)),
                        0)
                .get(0);
    }

    /** A confirmed place on the shift, written straight to the tables (the shift may have started). */
    void confirm(UUID shift, UUID volunteerId) {
        var now = Timestamp.from(Instant.now());
        jdbc.sql("INSERT INTO effort_signup (id, shift_id, volunteer_id, status, active_shift_id, created_at,"
                        + " changed_at) VALUES (?, ?, ?, 'CONFIRMED', ?, ?, ?)")
                .params(UUID.randomUUID(), shift, volunteerId, shift, now, now)
                .update();
        jdbc.sql("UPDATE effort_shift SET confirmed = confirmed + 1 WHERE id = ?")
                .param(shift)
                .update();
    }

    /** A yes to a call-out that got the volunteer a place, answered now. */
    void saidYes(UUID volunteerId, String districtId) {
        var callout = UUID.randomUUID();
        var now = Instant.now();
        jdbc.sql("""
				INSERT INTO callout (id, subject_type, subject_id, title, kind, district_id, need_date, time_from,
				  people_needed, factor, urgency, status, started_by, started_at, ended_at)
				VALUES (?, 'HELP_REQUEST', ?, 'Vatten', 'SHOPPING', ?, ?, ?, 1, 3, 'URGENT', 'STOPPED', 'test', ?, ?)""")
                .params(
                        callout,
                        UUID.randomUUID(),
                        districtId,
                        java.sql.Date.valueOf(LocalDate.now(STOCKHOLM)),
                        java.sql.Time.valueOf(LocalTime.NOON),
                        Timestamp.from(now.minusSeconds(60)),
                        Timestamp.from(now))
                .update();
        jdbc.sql("""
				INSERT INTO callout_ask (id, callout_id, volunteer_id, wave, channel, token_hash, status, asked_at,
				  answered_at) VALUES (?, ?, ?, 1, 'EMAIL', ?, 'ACCEPTED', ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        callout,
                        volunteerId,
                        UUID.randomUUID().toString(),
                        Timestamp.from(now.minusSeconds(30)),
                        Timestamp.from(now))
                .update();
    }

    byte[] download(String path, SamverkaUser user) throws Exception {
        return mvc.perform(get(path).with(authentication(as(user))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }
}
