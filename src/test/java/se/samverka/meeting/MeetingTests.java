package se.samverka.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import se.samverka.IntegrationTest;
import se.samverka.Settled;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;
import se.samverka.district.Districts;
import se.samverka.overview.OverviewFilter;
import se.samverka.overview.OverviewSection;
import se.samverka.shared.EmailAddress;

@IntegrationTest
class MeetingTests {

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

    @Autowired
    DayBeforeReminders reminders;

    @Autowired
    List<OverviewSection> sections;

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
        return districts.save(null, "Mötesholmen " + System.nanoTime(), 650000, 6580000, 990, Set.of());
    }

    /** An approved organisation in the district with the activity. */
    UUID organisation(String name, String district, String activity) {
        var id = UUID.randomUUID();
        var now = Timestamp.from(Instant.now());
        jdbc.sql("""
				INSERT INTO organisation (id, name, form, purpose, email, status, applied_at, confirmed_at)
				VALUES (?, ?, 'IDEELL_FORENING', 'Hjälper grannar', ?, 'APPROVED', ?, ?)""").params(id, name + " " + tag(), email(id), now, now).update();
        jdbc.sql("INSERT INTO organisation_district (organisation_id, district_id) VALUES (?, ?)")
                .params(id, district)
                .update();
        jdbc.sql("INSERT INTO organisation_activity (organisation_id, activity) VALUES (?, ?)")
                .params(id, activity)
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

    static MockHttpServletRequestBuilder meetingForm(
            String path, String title, LocalDate date, String start, String end, String capacity) {
        return post(path)
                .with(csrf())
                .param("kind", "NETWORK")
                .param("title", title)
                .param("agenda", "1. Välkomna\n2. Runda bland föreningarna")
                .param("date", date.toString())
                .param("startTime", start)
                .param("endTime", end)
                .param("place", "Ekerö bibliotek, Tappström")
                .param("videoLink", "")
                .param("capacity", capacity)
                .param("organiser", "idelabbet");
    }

    UUID meetingId(String title) {
        return jdbc.sql("SELECT id FROM meeting WHERE title = ?")
                .param(title)
                .query(UUID.class)
                .single();
    }

    /** A meeting written straight to its table, so that it may lie in the past. */
    UUID meeting(String kind, String title, Instant start, Integer capacity) {
        var id = UUID.randomUUID();
        jdbc.sql("""
				INSERT INTO meeting (id, kind, title, agenda, starts_at, ends_at, place, capacity, created_by, created_at)
				VALUES (?, ?, ?, 'Dagordning', ?, ?, 'Kommunhuset', ?, 'test', ?)""")
                .params(
                        id,
                        kind,
                        title,
                        Timestamp.from(start),
                        Timestamp.from(start.plusSeconds(7200)),
                        capacity,
                        Timestamp.from(Instant.now()))
                .update();
        return id;
    }

    void invite(UUID meeting, UUID organisation) {
        jdbc.sql(
                        "INSERT INTO meeting_invitation (meeting_id, organisation_id, invited_by, invited_at) VALUES (?, ?, 'test', ?)")
                .params(meeting, organisation, Timestamp.from(Instant.now()))
                .update();
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

    int taken(UUID meeting) {
        return jdbc.sql("SELECT taken FROM meeting WHERE id = ?")
                .param(meeting)
                .query(Integer.class)
                .single();
    }

    @Test
    void aCoachCreatesAMeetingAndBadInputIsRefusedWithEverythingKept() throws Exception {
        var coach = coach();
        var title = "Nätverksträff om läxhjälp " + tag();
        var nextWeek = LocalDate.now().plusDays(7);
        mvc.perform(meetingForm("/samverkan/moten/ny", title, nextWeek, "18:00", "20:00", "12")
                        .with(authentication(as(coach))))
                .andExpect(status().is3xxRedirection());
        var id = meetingId(title);
        assertThat(mvc.perform(get("/samverkan/moten/{id}", id).with(authentication(as(coach))))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString()
                        .transform(HtmlUtils::htmlUnescape))
                .contains(title)
                .contains("Ekerö bibliotek")
                .contains("0 av 12 platser tagna");

        var past = "Mötet i går " + tag();
        var page = mvc.perform(
                        meetingForm("/samverkan/moten/ny", past, LocalDate.now().minusDays(1), "18:00", "20:00", "12")
                                .with(authentication(as(coach))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString()
                .transform(HtmlUtils::htmlUnescape);
        assertThat(page)
                .contains("Mötet kan inte börja i det förflutna")
                .contains(past)
                .contains("Runda bland föreningarna");
        page = mvc.perform(meetingForm("/samverkan/moten/ny", past, nextWeek, "20:00", "18:00", "")
                        .with(authentication(as(coach))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString()
                .transform(HtmlUtils::htmlUnescape);
        assertThat(page)
                .contains("Mötet måste sluta efter att det börjar")
                .contains("Skriv hur många platser nätverksmötet har")
                .contains("error-summary");
        page = mvc.perform(meetingForm("/samverkan/moten/ny", past, nextWeek, "20:00", "18:00", "")
                        .with(authentication(as(coach)))
                        .param("lang", "en"))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .transform(HtmlUtils::htmlUnescape);
        assertThat(page).contains("The meeting must end after it starts");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM meeting WHERE title = ?")
                        .param(past)
                        .query(Integer.class)
                        .single())
                .isZero();

        // three take seats; the capacity cannot go below them
        var district = district();
        for (int i = 0; i < 3; i++) {
            var org = organisation("Förening " + i, district, "CULTURE");
            invite(id, org);
            registrations.register(new NewRegistration(id, org, 1, "Namn", "sv"), "test");
        }
        page = mvc.perform(meetingForm("/samverkan/moten/" + id + "/andra", title, nextWeek, "18:00", "20:00", "2")
                        .with(authentication(as(coach))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString()
                .transform(HtmlUtils::htmlUnescape);
        assertThat(page).contains("Det finns redan 3 anmälda deltagare");
        assertThat(jdbc.sql("SELECT capacity FROM meeting WHERE id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(12);
    }

    @Test
    void aValueThatDoesNotConvertIsShownBackWithEveryOtherProblemInBothLanguages() throws Exception {
        var coach = coach();
        for (var english : new boolean[] {false, true}) {
            var request = post("/samverkan/moten/ny")
                    .with(csrf())
                    .param("kind", "NETWORK")
                    .param("title", "")
                    .param("agenda", "Runda")
                    .param("date", "6 maj")
                    .param("startTime", "20:00")
                    .param("endTime", "18:00")
                    .param("place", "Biblioteket")
                    .param("videoLink", "")
                    .param("capacity", "5000")
                    .param("organiser", "idelabbet")
                    .with(authentication(as(coach)));
            if (english) {
                request = request.param("lang", "en");
            }
            var page = mvc.perform(request)
                    .andExpect(
                            status().isBadRequest()) // an unreadable value: 400 with the form (web/InvalidFormValues)
                    .andReturn()
                    .getResponse()
                    .getContentAsString()
                    .transform(HtmlUtils::htmlUnescape);
            assertThat(page)
                    .contains("id=\"date-error\"")
                    .contains("value=\"6 maj\"")
                    .contains("id=\"capacity-error\"")
                    .contains(english ? "Enter a whole number from 1 to 1000" : "Skriv ett heltal från 1 till 1000")
                    .contains(
                            english ? "The meeting must end after it starts" : "Mötet måste sluta efter att det börjar")
                    .contains("id=\"title-error\"");
            if (!english) {
                // known gap: after a binding failure Spring formats typed values without their @DateTimeFormat,
                // so the English page shows the start as "8:00 PM"; browsers never send such values (date/number
                // inputs), and the Swedish default happens to match
                assertThat(page).contains("value=\"20:00\"");
            }
        }
    }

    @Test
    void organisationsAreInvitedByDistrictAndActivityAndASavedListAndGetAnEmail() throws Exception {
        var since = Settled.now();
        var coach = coach();
        var district = district();
        var culture = organisation("Hembygdsföreningen", district, "CULTURE");
        var sport = organisation("Idrottsklubben", district, "SPORT");
        var elsewhere = organisation("Långt borta", district(), "CULTURE");
        var id = meeting("NETWORK", "Nätverksmöte " + tag(), Instant.now().plusSeconds(86400 * 10), 20);

        var page = mvc.perform(get("/samverkan/moten/{id}/bjud-in", id)
                        .param("district", district)
                        .with(authentication(as(coach))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString()
                .transform(HtmlUtils::htmlUnescape);
        assertThat(page).contains(culture.toString()).contains(sport.toString()).doesNotContain(elsewhere.toString());
        page = mvc.perform(get("/samverkan/moten/{id}/bjud-in", id)
                        .param("district", district)
                        .param("activity", "CULTURE")
                        .with(authentication(as(coach))))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .transform(HtmlUtils::htmlUnescape);
        assertThat(page).contains(culture.toString()).doesNotContain(sport.toString());

        // nobody ticked: refused
        assertThat(mvc.perform(post("/samverkan/moten/{id}/bjud-in", id)
                                .with(csrf())
                                .with(authentication(as(coach))))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString()
                        .transform(HtmlUtils::htmlUnescape))
                .contains("Kryssa i minst en förening");

        var listName = "Kulturnätverket " + tag();
        mvc.perform(post("/samverkan/moten/{id}/bjud-in", id)
                        .with(csrf())
                        .with(authentication(as(coach)))
                        .param("organisationIds", culture.toString(), sport.toString())
                        .param("listName", listName))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM meeting_invitation WHERE meeting_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !mails(email(culture)).isEmpty());
        assertThat(mails(email(culture)).get(0)).contains("Inbjudan").contains("/forening/" + culture + "/moten/" + id);

        // the saved list narrows the next invitation page to its organisations
        var listId = jdbc.sql("SELECT id FROM meeting_invite_list WHERE name = ?")
                .param(listName)
                .query(UUID.class)
                .single();
        page = mvc.perform(get("/samverkan/moten/{id}/bjud-in", id)
                        .param("list", listId.toString())
                        .with(authentication(as(coach))))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .transform(HtmlUtils::htmlUnescape);
        assertThat(page)
                .contains(culture.toString())
                .contains(sport.toString())
                .doesNotContain(elsewhere.toString())
                .contains("redan inbjuden");
        // inviting again sends nothing new
        mvc.perform(post("/samverkan/moten/{id}/bjud-in", id)
                .with(csrf())
                .with(authentication(as(coach)))
                .param("organisationIds", culture.toString()));
        Settled.since(jdbc, since); // nothing more is on its way
        assertThat(mails(email(culture))).hasSize(1);
    }

    @Test
    void aRepresentativeRegistersFromTheWorkspaceAndOthersGetNotFound() throws Exception {
        var district = district();
        var org = organisation("Röda Korset", district, "SOCIAL_SUPPORT");
        var other = organisation("Annan förening", district, "SOCIAL_SUPPORT");
        var member = member(org);
        var outsider = member(other);
        var title = "Träff " + tag();
        var id = meeting("NETWORK", title, Instant.now().plusSeconds(86400 * 3), 10);
        invite(id, org);

        assertThat(mvc.perform(get("/forening/{org}/moten", org).with(authentication(as(member))))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString()
                        .transform(HtmlUtils::htmlUnescape))
                .contains(title);
        mvc.perform(get("/forening/{org}/moten/{id}", org, id).with(authentication(as(outsider))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/forening/{org}/moten/{id}", other, id).with(authentication(as(outsider))))
                .andExpect(status().isNotFound());

        var page = mvc.perform(post("/forening/{org}/moten/{id}/anmal", org, id)
                        .with(csrf())
                        .with(authentication(as(member)))
                        .param("participants", "0")
                        .param("names", "Rut och Per"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString()
                .transform(HtmlUtils::htmlUnescape);
        assertThat(page).contains("Skriv ett heltal från 1 till 50").contains("Rut och Per");
        page = mvc.perform(post("/forening/{org}/moten/{id}/anmal", org, id)
                        .with(csrf())
                        .with(authentication(as(member)))
                        .param("participants", "11")
                        .param("names", "Hela laget"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString()
                .transform(HtmlUtils::htmlUnescape);
        assertThat(page).contains("Mötet har bara 10 platser").contains("Hela laget");
        mvc.perform(post("/forening/{org}/moten/{id}/anmal", org, id)
                        .with(csrf())
                        .with(authentication(as(member)))
                        .param("participants", "2")
                        .param("names", "Rut\nPer"))
                .andExpect(status().is3xxRedirection());
        assertThat(registrationStatus(id, org)).isEqualTo("REGISTERED");
        assertThat(taken(id)).isEqualTo(2);
        // a second registration is refused, the unique key holds
        mvc.perform(post("/forening/{org}/moten/{id}/anmal", org, id)
                        .with(csrf())
                        .with(authentication(as(member)))
                        .param("participants", "2")
                        .param("names", "Rut"))
                .andExpect(flash().attribute("flash", "meeting.registration.ALREADY_REGISTERED"));
        assertThatThrownBy(
                        () -> jdbc.sql("""
				INSERT INTO meeting_registration (id, meeting_id, organisation_id, participants, names, status,
				  registered_by, registered_at) VALUES (?, ?, ?, 1, 'x', 'WAITING', 'test', CURRENT_TIMESTAMP)""").params(UUID.randomUUID(), id, org).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        // the calendar file is there for a registered organisation
        mvc.perform(get("/forening/{org}/moten/{id}/kalender.ics", org, id).with(authentication(as(member))))
                .andExpect(status().isOk());
    }

    @Test
    void whenSomeoneCancelsTheFirstOnTheWaitingListMovesUpAndIsToldByEmail() throws Exception {
        var district = district();
        var first = organisation("Först", district, "CULTURE");
        var second = organisation("Andra", district, "CULTURE");
        var third = organisation("Tredje", district, "CULTURE");
        var id = meeting("NETWORK", "Litet möte " + tag(), Instant.now().plusSeconds(86400 * 4), 3);
        for (var org : List.of(first, second, third)) {
            invite(id, org);
        }
        assertThat(registrations.register(new NewRegistration(id, first, 2, "A, B", "sv"), "test"))
                .isEqualTo(Registrations.Outcome.REGISTERED);
        assertThat(registrations.register(new NewRegistration(id, second, 2, "C, D", "en"), "test"))
                .isEqualTo(Registrations.Outcome.WAITING);
        // one seat is left, but the waiting list goes first
        assertThat(registrations.register(new NewRegistration(id, third, 1, "E", "sv"), "test"))
                .isEqualTo(Registrations.Outcome.WAITING);

        var member = member(first);
        mvc.perform(post("/forening/{org}/moten/{id}/avanmal", first, id)
                        .with(csrf())
                        .with(authentication(as(member))))
                .andExpect(status().is3xxRedirection());
        assertThat(registrationStatus(id, first)).isEqualTo("CANCELLED");
        assertThat(registrationStatus(id, second)).isEqualTo("REGISTERED");
        assertThat(registrationStatus(id, third)).isEqualTo("REGISTERED");
        assertThat(taken(id)).isEqualTo(3);
        await().atMost(Duration.ofSeconds(30)).until(() -> !mails(email(second)).isEmpty());
        assertThat(mails(email(second)).get(0))
                .contains("You have a seat")
                .contains("/forening/" + second + "/moten/" + id);
        await().atMost(Duration.ofSeconds(30)).until(() -> !mails(email(third)).isEmpty());
        assertThat(mails(email(third)).get(0)).contains("Ni har fått en plats");
    }

    @Test
    void thirtyConcurrentRegistrationsNeverExceedTheCapacity() throws Exception {
        var district = district();
        var id = meeting("NETWORK", "Populärt möte " + tag(), Instant.now().plusSeconds(86400 * 6), 10);
        var orgs = new ArrayList<UUID>();
        for (int i = 0; i < 30; i++) {
            var org = organisation("Trängsel " + i, district, "SPORT");
            invite(id, org);
            orgs.add(org);
        }
        var pool = Executors.newFixedThreadPool(30);
        var start = new CountDownLatch(1);
        var futures = new ArrayList<Future<Registrations.Outcome>>();
        // every organisation once, and the first organisation four more times at the same moment
        var attempts = new ArrayList<>(orgs);
        for (int i = 0; i < 4; i++) {
            attempts.add(orgs.get(0));
        }
        for (var org : attempts) {
            futures.add(pool.submit(() -> {
                start.await();
                try {
                    return registrations.register(new NewRegistration(id, org, 1, "Namn", "sv"), "test");
                } catch (DataIntegrityViolationException e) {
                    return Registrations.Outcome.ALREADY_REGISTERED;
                }
            }));
        }
        start.countDown();
        var outcomes = new HashMap<Registrations.Outcome, Integer>();
        for (var f : futures) {
            outcomes.merge(f.get(), 1, Integer::sum);
        }
        pool.shutdown();
        assertThat(taken(id)).isEqualTo(10);
        Map<String, Integer> byStatus = new HashMap<>();
        jdbc.sql("SELECT status, COUNT(*) FROM meeting_registration WHERE meeting_id = ? GROUP BY status")
                .param(id)
                .query(rs -> {
                    byStatus.put(rs.getString(1), rs.getInt(2));
                });
        assertThat(byStatus)
                .containsEntry("REGISTERED", 10)
                .containsEntry("WAITING", 20)
                .hasSize(2);
        assertThat(outcomes)
                .containsEntry(Registrations.Outcome.REGISTERED, 10)
                .containsEntry(Registrations.Outcome.WAITING, 20)
                .containsEntry(Registrations.Outcome.ALREADY_REGISTERED, 4);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM meeting_registration WHERE meeting_id = ? AND organisation_id = ?")
                        .params(id, orgs.get(0))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        // and the database refuses a counter over the capacity, whoever writes it
        assertThatThrownBy(() -> jdbc.sql("UPDATE meeting SET taken = 11 WHERE id = ?")
                        .param(id)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theCalendarFileIsValidICalendar() throws Exception {
        var coach = coach();
        var title = "Samverkan, trygghet; och \"mer\" \\ åäö – ett långt tema som måste vikas på flera rader " + tag();
        var start = Instant.parse("2030-03-14T17:00:00Z");
        var id = meeting("BODY", title, start, null);
        jdbc.sql("UPDATE meeting SET agenda = ? WHERE id = ?")
                .params("1. Välkomna, alla\n2. Läget; ekonomi\n3. Övrigt", id)
                .update();
        var response = mvc.perform(get("/samverkan/moten/{id}/kalender.ics", id).with(authentication(as(coach))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).startsWith("text/calendar");
        var raw = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        var properties = parse(raw);
        assertThat(properties.get("BEGIN")).containsExactly("VCALENDAR", "VEVENT");
        assertThat(properties.get("VERSION")).containsExactly("2.0");
        assertThat(properties.get("UID")).containsExactly(id + "@samverka");
        assertThat(properties.get("DTSTART")).containsExactly("20300314T170000Z");
        assertThat(properties.get("DTEND")).containsExactly("20300314T190000Z");
        var stamp = LocalDateTime.parse(
                        properties.get("DTSTAMP").get(0), DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"))
                .toInstant(ZoneOffset.UTC);
        assertThat(stamp)
                .isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(60));
        assertThat(properties.get("SUMMARY")).containsExactly(title);
        assertThat(properties.get("DESCRIPTION").get(0)).isEqualTo("1. Välkomna, alla\n2. Läget; ekonomi\n3. Övrigt");
        assertThat(properties.get("LOCATION")).containsExactly("Kommunhuset");
    }

    /**
     * A small RFC 5545 reader: every line ends in CRLF and has at most 75 octets; folded lines are unfolded; each
     * TEXT value is unescaped; an unescaped comma or semicolon in a value is an error.
     */
    static Map<String, List<String>> parse(String ics) {
        assertThat(ics).endsWith("\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (var line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        var unfolded = ics.replace("\r\n ", "");
        var properties = new HashMap<String, List<String>>();
        for (var line : unfolded.split("\r\n")) {
            var colon = line.indexOf(':');
            assertThat(colon).as(line).isPositive();
            var name = line.substring(0, colon);
            var value = line.substring(colon + 1);
            var text = new StringBuilder();
            for (int i = 0; i < value.length(); i++) {
                var c = value.charAt(i);
                if (c == '\\') {
                    var next = value.charAt(++i);
                    text.append(next == 'n' || next == 'N' ? '\n' : next);
                } else {
                    assertThat(Set.of("SUMMARY", "DESCRIPTION", "LOCATION").contains(name) && (c == ',' || c == ';'))
                            .as("unescaped " + c + " in " + line)
                            .isFalse();
                    text.append(c);
                }
            }
            properties.computeIfAbsent(name, k -> new ArrayList<>()).add(text.toString());
        }
        return properties;
    }

    @Test
    void theReminderJobMailsRegisteredOrganisationsTheDayBeforeOnce() throws Exception {
        var since = Settled.now();
        var district = district();
        var org = organisation("Påminda", district, "ELDERLY");
        var waiting = organisation("Väntande", district, "ELDERLY");
        var tomorrow = LocalDate.now(Meeting.STOCKHOLM)
                .plusDays(1)
                .atTime(18, 0)
                .atZone(Meeting.STOCKHOLM)
                .toInstant();
        var title = "I morgon " + tag();
        var id = meeting("NETWORK", title, tomorrow, 1);
        var later = meeting("NETWORK", "Om en vecka " + tag(), tomorrow.plusSeconds(86400 * 6), 5);
        for (var m : List.of(id, later)) {
            invite(m, org);
            invite(m, waiting);
        }
        registrations.register(new NewRegistration(id, org, 1, "Ann", "sv"), "test");
        registrations.register(new NewRegistration(id, waiting, 1, "Bo", "sv"), "test");
        registrations.register(new NewRegistration(later, waiting, 1, "Bo", "sv"), "test");

        reminders.remindTomorrow();
        await().atMost(Duration.ofSeconds(30)).until(() -> !mails(email(org)).isEmpty());
        assertThat(mails(email(org)).get(0))
                .contains("Påminnelse")
                .contains(title)
                .contains("18:00");
        reminders.remindTomorrow();
        Settled.since(jdbc, since); // nothing more is on its way
        assertThat(mails(email(org))).hasSize(1);
        assertThat(mails(email(waiting))).isEmpty();
    }

    @Test
    void afterTheMeetingTheOrganiserTicksWhoAttended() throws Exception {
        var coach = coach();
        var district = district();
        var came = organisation("Kom", district, "HEALTH");
        var stayed = organisation("Kom inte", district, "HEALTH");
        var future = meeting("NETWORK", "Framtid " + tag(), Instant.now().plusSeconds(86400 * 2), 10);
        invite(future, came);
        registrations.register(new NewRegistration(future, came, 1, "Ann", "sv"), "test");
        mvc.perform(post("/samverkan/moten/{id}/narvaro", future)
                .with(csrf())
                .with(authentication(as(coach)))
                .param("attended", registrationId(future, came).toString()));
        assertThat(attended(future, came)).isNull();

        var past = meeting("NETWORK", "Igår " + tag(), Instant.now().minusSeconds(86400), 10);
        for (var org : List.of(came, stayed)) {
            jdbc.sql("""
					INSERT INTO meeting_registration (id, meeting_id, organisation_id, participants, names, status,
					  registered_by, registered_at) VALUES (?, ?, ?, 1, 'Namn', 'REGISTERED', 'test', CURRENT_TIMESTAMP)""").params(UUID.randomUUID(), past, org).update();
        }
        assertThat(mvc.perform(get("/samverkan/moten/{id}", past).with(authentication(as(coach))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString()
                        .transform(HtmlUtils::htmlUnescape)
                        .transform(HtmlUtils::htmlUnescape))
                .contains("Spara närvaron");
        mvc.perform(post("/samverkan/moten/{id}/narvaro", past)
                        .with(csrf())
                        .with(authentication(as(coach)))
                        .param("attended", registrationId(past, came).toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(attended(past, came)).isTrue();
        assertThat(attended(past, stayed)).isFalse();
    }

    UUID registrationId(UUID meeting, UUID organisation) {
        return jdbc.sql("SELECT id FROM meeting_registration WHERE meeting_id = ? AND organisation_id = ?")
                .params(meeting, organisation)
                .query(UUID.class)
                .single();
    }

    Boolean attended(UUID meeting, UUID organisation) {
        return jdbc.sql("SELECT attended FROM meeting_registration WHERE meeting_id = ? AND organisation_id = ?")
                .params(meeting, organisation)
                .query((rs, n) -> (Boolean) rs.getObject(1))
                .list()
                .get(0);
    }

    @Test
    void minutesDecisionsAndActionsWithExactlyOneOwnerCarryOverToTheNextMeeting() throws Exception {
        var coach = coach();
        var district = district();
        var org = organisation("Ansvariga", district, "ENVIRONMENT");
        var member = member(org);
        var earlier = meeting(
                "BODY", "Samverkansorganet i höstas " + tag(), Instant.now().minusSeconds(86400 * 30), null);
        var next =
                meeting("BODY", "Samverkansorganet nu " + tag(), Instant.now().plusSeconds(86400 * 30), null);
        var network = meeting("NETWORK", "Nätverk " + tag(), Instant.now().plusSeconds(86400 * 30), 10);

        mvc.perform(post("/samverkan/moten/{id}/protokoll", earlier)
                        .with(csrf())
                        .with(authentication(as(coach)))
                        .param("minutes", "Vi gick igenom läget."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/samverkan/moten/{id}/beslut", earlier)
                        .with(csrf())
                        .with(authentication(as(coach)))
                        .param("decision", "Vi startar en gemensam volontärbank."))
                .andExpect(status().is3xxRedirection());
        var description = "Ta fram förslag på lokaler " + tag();
        var page = mvc.perform(post("/samverkan/moten/{id}/atgarder", earlier)
                        .with(csrf())
                        .with(authentication(as(coach)))
                        .param("description", description)
                        .param("owner", "")
                        .param("dueOn", LocalDate.now().plusDays(20).toString()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString()
                .transform(HtmlUtils::htmlUnescape)
                .transform(HtmlUtils::htmlUnescape);
        assertThat(page).contains("Välj vem som ansvarar för åtgärden").contains(description);
        assertThatThrownBy(() ->
                        jdbc.sql("""
				INSERT INTO meeting_action (id, meeting_id, description, owner_organisation_id, owner_department_id,
				  due_on, status, created_at) VALUES (?, ?, 'Båda', ?, 'sof', CURRENT_DATE, 'OPEN', CURRENT_TIMESTAMP)""").params(UUID.randomUUID(), earlier, org).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(
                        () -> jdbc.sql("""
				INSERT INTO meeting_action (id, meeting_id, description, due_on, status, created_at)
				VALUES (?, ?, 'Ingen', CURRENT_DATE, 'OPEN', CURRENT_TIMESTAMP)""").params(UUID.randomUUID(), earlier).update())
                .isInstanceOf(DataIntegrityViolationException.class);

        mvc.perform(post("/samverkan/moten/{id}/atgarder", earlier)
                        .with(csrf())
                        .with(authentication(as(coach)))
                        .param("description", description)
                        .param("owner", "organisation:" + org)
                        .param("dueOn", LocalDate.now().plusDays(20).toString()))
                .andExpect(status().is3xxRedirection());
        var departmentAction = "Förvaltningens åtgärd " + tag();
        mvc.perform(post("/samverkan/moten/{id}/atgarder", earlier)
                        .with(csrf())
                        .with(authentication(as(coach)))
                        .param("description", departmentAction)
                        .param("owner", "department:sof")
                        .param("dueOn", LocalDate.now().plusDays(10).toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/samverkan/moten/{id}", earlier).with(authentication(as(coach))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString()
                        .transform(HtmlUtils::htmlUnescape)
                        .transform(HtmlUtils::htmlUnescape))
                .contains("Vi gick igenom läget.")
                .contains("Vi startar en gemensam volontärbank.")
                .contains(description)
                .contains(departmentAction);

        // the next meeting of the same kind shows them; a meeting of the other kind does not
        assertThat(mvc.perform(get("/samverkan/moten/{id}", next).with(authentication(as(coach))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString()
                        .transform(HtmlUtils::htmlUnescape)
                        .transform(HtmlUtils::htmlUnescape))
                .contains("Öppna åtgärder från tidigare möten")
                .contains(description)
                .contains(departmentAction);
        assertThat(mvc.perform(get("/samverkan/moten/{id}", network).with(authentication(as(coach))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString()
                        .transform(HtmlUtils::htmlUnescape)
                        .transform(HtmlUtils::htmlUnescape))
                .doesNotContain(description);
        // the action list filters by owner
        assertThat(mvc.perform(get("/samverkan/atgarder")
                                .param("status", "OPEN")
                                .param("organisation", org.toString())
                                .with(authentication(as(coach))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString()
                        .transform(HtmlUtils::htmlUnescape))
                .contains(description)
                .doesNotContain(departmentAction);

        // the organisation sees its action and marks it done; it no longer carries over
        assertThat(mvc.perform(get("/forening/{org}/atgarder", org).with(authentication(as(member))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString()
                        .transform(HtmlUtils::htmlUnescape)
                        .transform(HtmlUtils::htmlUnescape))
                .contains(description)
                .doesNotContain(departmentAction);
        var actionId = jdbc.sql("SELECT id FROM meeting_action WHERE description = ?")
                .param(description)
                .query(UUID.class)
                .single();
        var outsider = member(organisation("Utomstående", district, "ENVIRONMENT"));
        mvc.perform(post("/forening/{org}/atgarder/{id}/klar", org, actionId)
                        .with(csrf())
                        .with(authentication(as(outsider))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/forening/{org}/atgarder/{id}/klar", org, actionId)
                        .with(csrf())
                        .with(authentication(as(member))))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/samverkan/moten/{id}", next).with(authentication(as(coach))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString()
                        .transform(HtmlUtils::htmlUnescape)
                        .transform(HtmlUtils::htmlUnescape))
                .doesNotContain(description)
                .contains(departmentAction);
    }

    @Test
    void theOverviewCountsHeldNetworkMeetingsAndOpenActionsPerDepartment() throws Exception {
        var section = sections.stream()
                .filter(s -> s instanceof MeetingOverview)
                .findFirst()
                .orElseThrow();
        var before = section.figures(new OverviewFilter("sof", null, null, null, null));
        var held = meeting("NETWORK", "Hållet " + tag(), Instant.now().minusSeconds(86400 * 2), 10);
        jdbc.sql("UPDATE meeting SET organiser_department_id = 'sof' WHERE id = ?")
                .param(held)
                .update();
        jdbc.sql("""
				INSERT INTO meeting_action (id, meeting_id, description, owner_department_id, due_on, status, created_at)
				VALUES (?, ?, 'Räkna mig', 'sof', CURRENT_DATE, 'OPEN', CURRENT_TIMESTAMP)""").params(UUID.randomUUID(), held).update();
        var after = section.figures(new OverviewFilter("sof", null, null, null, null));
        assertThat(after.get(0).labelKey()).isEqualTo("meeting.overview.held");
        assertThat(after.get(0).total()).isEqualTo(before.get(0).total() + 1);
        assertThat(after.get(1).total()).isEqualTo(before.get(1).total() + 1);
        assertThat(after.get(1).byDepartment().get("sof"))
                .isEqualTo(before.get(1).byDepartment().getOrDefault("sof", 0L) + 1);
        assertThat(after.get(1).link()).isEqualTo("/samverkan/atgarder?status=OPEN&department=sof");
        var period = section.figures(new OverviewFilter(
                null, null, null, LocalDate.now().minusDays(3), LocalDate.now().minusDays(1)));
        assertThat(period.get(0).total()).isPositive();
        assertThat(period.get(0).link())
                .contains("kind=NETWORK")
                .contains("held=true")
                .contains("from=");
        var coach = coach();
        assertThat(mvc.perform(get(period.get(0).link()).with(authentication(as(coach))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString()
                        .transform(HtmlUtils::htmlUnescape))
                .contains("Hållet ");
    }
}
