package se.samverka.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.TestVolunteer;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;
import se.samverka.district.Districts;
import se.samverka.effort.Effort;
import se.samverka.effort.EffortStatus;
import se.samverka.effort.Efforts;
import se.samverka.effort.Shift;
import se.samverka.effort.ShiftSignups;
import se.samverka.effort.SignupMode;
import se.samverka.shared.EmailAddress;
import se.samverka.shared.HelpKind;

/** The private calendar feeds, read with a real iCalendar parser (ical4j), before and after a change. */
@IntegrationTest
class CalendarFeedTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Districts districts;

    @Autowired
    Efforts efforts;

    @Autowired
    ShiftSignups signups;

    @Autowired
    AccountManagement accounts;

    private String district;
    private UUID organisation;
    private UUID effort;
    private TestVolunteer.Created volunteer;

    @BeforeEach
    void world() {
        district = districts.save(null, "Kalenderö " + System.nanoTime(), 650000, 6580000, 990, Set.of());
        organisation = UUID.randomUUID();
        var now = Timestamp.from(Instant.now());
        jdbc.sql("""
				INSERT INTO organisation (id, name, form, purpose, email, status, applied_at, confirmed_at)
				VALUES (?, ?, 'IDEELL_FORENING', 'Kalendrar', 'kal@example.se', 'APPROVED', ?, ?)""")
                .params(organisation, "Kalenderföreningen " + organisation, now, now)
                .update();
        effort = efforts.create(
                new Effort(
                        null,
                        organisation,
                        null,
                        "Läxhjälp, språkcafé; och \"fika\" för alla åldrar i Ekerö kommun med omnejd – välkommen!",
                        "Beskrivning",
                        "Alla",
                        LocalDate.now(),
                        LocalDate.now().plusMonths(1),
                        "K",
                        "k@example.se",
                        null,
                        EffortStatus.DRAFT,
                        List.of(district)),
                "test");
        efforts.publish(effort);
        volunteer = TestVolunteer.named("Kalle Kalender")
                .in(district)
                .email("kalle." + UUID.randomUUID().toString().substring(0, 8) + "@example.se")
                .adult(true)
                .insert(jdbc);
    }

    @Test
    void aVolunteersFeedShowsTheirShiftsAndFollowsACancellation() throws Exception {
        var shift = shift("Lördagspass", LocalDate.now().plusDays(4));
        signups.signUp(shift, volunteer.id());
        var url = make("/mina-sidor/kalender", volunteer.user());
        var calendar = fetch(url);
        var event = event(calendar, "shift-" + shift + "@samverka");
        assertThat(event.getSummary().getValue())
                .startsWith("Lördagspass – Läxhjälp, språkcafé; och \"fika\"")
                .endsWith("välkommen!");
        assertThat(event.getStatus().getValue()).isEqualTo("CONFIRMED");
        assertThat(event.getDateTimeStamp()).isNotNull();
        assertThat(event.getDateTimeStart().getValue()).endsWith("Z");

        efforts.cancelShift(shift);
        var after = event(fetch(url), "shift-" + shift + "@samverka");
        assertThat(after.getStatus().getValue())
                .as("the same event, now cancelled")
                .isEqualTo("CANCELLED");

        var second = shift("Söndagspass", LocalDate.now().plusDays(5));
        signups.signUp(second, volunteer.id());
        assertThat(fetch(url).getComponents("VEVENT")).hasSize(2);
    }

    @Test
    void aNewAddressReplacesTheOldAndTurningOffStopsIt() throws Exception {
        var first = make("/mina-sidor/kalender", volunteer.user());
        var second = make("/mina-sidor/kalender", volunteer.user());
        assertThat(second).isNotEqualTo(first);
        assertThat(mvc.perform(get(path(first))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get(path(second))).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        mvc.perform(post("/mina-sidor/kalender/stang-av").with(csrf()).with(user(volunteer.user())));
        assertThat(mvc.perform(get(path(second))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM calendar_feed WHERE owner_id = ?")
                        .param(volunteer.id())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void anOrganisationsFeedShowsItsShiftsForMembersOnly() throws Exception {
        var shift = shift("Kvällspass", LocalDate.now().plusDays(2));
        var email = "kal-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
        var accountId = accounts.representativeAccount(EmailAddress.of(email), "Kim", Locale.forLanguageTag("sv"));
        jdbc.sql("""
				INSERT INTO organisation_member (organisation_id, account_id, role, name, email, added_at)
				VALUES (?, ?, 'COORDINATOR', 'Kim', ?, ?)""")
                .params(organisation, accountId, email, Timestamp.from(Instant.now()))
                .update();
        var member = new SamverkaUser(accountId, email, null, Role.REPRESENTATIVE, "Kim", true);
        var url = make("/forening/" + organisation + "/kalender", member);
        var event = event(fetch(url), "shift-" + shift + "@samverka");
        assertThat(event.getDescription().getValue()).contains("0").contains("5");
        assertThat(mvc.perform(get("/forening/{org}/kalender", organisation).with(user(volunteer.user())))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void foldsLongLinesWithoutSplittingACharacter() {
        var text = new ICalendar("Å".repeat(100), Instant.now()).end();
        for (var line : text.split("\r\n")) {
            assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                    .isLessThanOrEqualTo(75);
        }
        assertThat(text).contains("\r\n Å");
    }

    private UUID shift(String title, LocalDate date) {
        return efforts.addShifts(
                        new Shift(
                                null,
                                effort,
                                title,
                                date,
                                LocalTime.of(18, 0),
                                LocalTime.of(20, 30),
                                "Kyrkan, Stora salen",
                                district,
                                1,
                                5,
                                null,
                                false,
                                SignupMode.INSTANT,
                                false,
                                0,
                                List.of(HelpKind.SHOPPING)),
                        0)
                .get(0);
    }

    /** Makes a feed on the page and returns its address, shown once. */
    private String make(String page, SamverkaUser who) throws Exception {
        var result = mvc.perform(post(page).with(csrf()).with(user(who))).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(page);
        var url = (String) result.getFlashMap().get("feedUrl");
        assertThat(url).contains("/kalender/").endsWith(".ics");
        var shown =
                mvc.perform(get(page).with(user(who))).andReturn().getResponse().getContentAsString();
        assertThat(shown).as("the address is shown only once").doesNotContain(url);
        return url;
    }

    private static String path(String url) {
        return url.substring(url.indexOf("/kalender/"));
    }

    private Calendar fetch(String url) throws Exception {
        var response = mvc.perform(get(path(url))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/calendar");
        return new CalendarBuilder().build(new StringReader(response.getContentAsString()));
    }

    private static VEvent event(Calendar calendar, String uid) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getUid().map(u -> u.getValue().equals(uid)).orElse(false))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no event " + uid + " in " + calendar));
    }
}
