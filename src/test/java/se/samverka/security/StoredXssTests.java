package se.samverka.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static se.samverka.security.SecurityFixtures.as;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;
import se.samverka.api.ApiKeys;
import se.samverka.calendar.CalendarFeeds;
import se.samverka.callout.Callouts;
import se.samverka.callout.Need;
import se.samverka.callout.SubjectType;
import se.samverka.callout.Urgency;
import se.samverka.district.Districts;
import se.samverka.effort.Effort;
import se.samverka.effort.EffortStatus;
import se.samverka.effort.Efforts;
import se.samverka.effort.Shift;
import se.samverka.effort.SignupMode;
import se.samverka.helpkind.HelpKindCommands;
import se.samverka.helpkind.HelpKinds;
import se.samverka.helprequest.Channel;
import se.samverka.helprequest.HelpRequests;
import se.samverka.helprequest.NewHelpRequest;
import se.samverka.helprequest.PaymentMethod;
import se.samverka.helprequest.Recurrence;
import se.samverka.idea.HelpWanted;
import se.samverka.idea.IdeaAdministration;
import se.samverka.security.AccessControlMatrixTests.Access;
import se.samverka.security.AccessControlMatrixTests.Actor;
import se.samverka.security.AccessControlMatrixTests.Outcome;
import se.samverka.security.AccessControlMatrixTests.World;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PhoneNumber;

/**
 * Hostile text in every free-text field a person can enter comes out escaped on every page that shows it: no
 * script element, no event handler attribute and no javascript link made from the data.
 */
@IntegrationTest
class StoredXssTests {

    /** th:utext keys that are allowed, each with why: none so far. */
    static final Set<String> UTEXT_ALLOWED = Set.of();

    @Autowired
    MockMvc mvc;

    @Autowired
    se.samverka.registerimport.RegisterImports registerImports;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    CalendarFeeds calendarFeeds;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Districts districts;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    AccountManagement accounts;

    @Autowired
    Efforts efforts;

    @Autowired
    Callouts callouts;

    @Autowired
    IdeaAdministration ideas;

    @Autowired
    HelpKinds helpKinds;

    @Autowired
    HelpKindCommands kindCommands;

    /** Markup that would run if it were not escaped, tagged with the field it was entered in. */
    static String hostile(String field) {
        return "<script>alert('" + field + "')</script>\"><img src=x onerror=alert('" + field + "')>";
    }

    /** The code word column holds 60 characters: the script part only. */
    static final String SHORT_CODE_WORD = "<script>alert('codeWord')</script>";

    static final String JAVASCRIPT_URL = "javascript:alert('website')";

    @Test
    void noTemplateWritesUnescapedText() throws IOException {
        var found = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                var lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    var line = lines.get(i);
                    var matcher = Pattern.compile("th:utext=\"([^\"]*)\"").matcher(line);
                    while (matcher.find()) {
                        if (!UTEXT_ALLOWED.contains(matcher.group(1))) {
                            found.add(file + ":" + (i + 1) + " " + matcher.group(0));
                        }
                    }
                    if (line.contains("th:utext") && !matcher.reset().find()) {
                        found.add(file + ":" + (i + 1) + " " + line.trim());
                    }
                    if (line.contains("[(${")) {
                        found.add(file + ":" + (i + 1) + " unescaped inline " + line.trim());
                    }
                }
            }
        }
        assertThat(found).as("unescaped output in templates").isEmpty();
    }

    @Test
    void hostileTextIsEscapedOnEveryPage() throws Exception {
        var fields = new LinkedHashMap<String, Boolean>();
        var world = world(fields);
        var failures = new ArrayList<String>();
        var pages = 0;
        for (var row : AccessControlMatrixTests.ROUTES) {
            if (!"GET".equals(row.method()) || row.access() == Access.ERROR_PAGE) {
                continue;
            }
            for (var actor : Actor.values()) {
                if (AccessControlMatrixTests.expected(row, actor) != Outcome.ALLOWED) {
                    continue;
                }
                var url = AccessControlMatrixTests.url(row, actor, world, false);
                var builder = get(url);
                var user = world.user(actor);
                if (user != null) {
                    builder.with(authentication(as(user)));
                }
                var response = mvc.perform(builder).andReturn().getResponse();
                if (response.getStatus() != 200
                        || response.getContentType() == null
                        || !response.getContentType().contains("html")) {
                    continue;
                }
                pages++;
                inspect(row.key() + " as " + actor, response.getContentAsString(), fields, failures);
            }
        }
        // pages only reached after a change: the request with a handed-back and a done assignment
        for (var url :
                List.of("/samordning/arenden/" + handedBack, "/samordning/arenden/" + handedBack + "/volontarer")) {
            var html = mvc.perform(get(url).with(authentication(as(world.coordinator()))))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            inspect(url, html, fields, failures);
        }
        assertThat(pages).isGreaterThan(50);
        assertThat(failures).as("hostile text that was not escaped").isEmpty();
        assertThat(fields)
                .as("fields whose hostile text was shown (escaped) on some page")
                .allSatisfy((field, seen) -> assertThat(seen).as(field).isTrue());
    }

    /** Shown again in a form that has an error, nothing typed is lost, and nothing typed runs. */
    @Test
    void hostileTextInARejectedFormIsEscaped() throws Exception {
        var failures = new ArrayList<String>();
        var fields = new LinkedHashMap<String, Boolean>();
        var publicForm = post("/be-om-hjalp").with(csrf());
        for (var name : List.of(
                "residentName", "streetAddress", "description", "codeWord", "submitterName", "submitterRelation")) {
            publicForm.param(name, hostile("form-" + name));
            fields.put("form-" + name, false);
        }
        inspect(
                "POST /be-om-hjalp",
                mvc.perform(publicForm).andReturn().getResponse().getContentAsString(),
                fields,
                failures);
        var signup = post("/bli-volontar").with(csrf()).param("name", hostile("form-volunteer"));
        fields.put("form-volunteer", false);
        inspect(
                "POST /bli-volontar",
                mvc.perform(signup).andReturn().getResponse().getContentAsString(),
                fields,
                failures);
        var apply = post("/foreningar/ansok")
                .with(csrf())
                .param("name", hostile("form-org"))
                .param("purpose", hostile("form-purpose"))
                .param("website", JAVASCRIPT_URL);
        fields.put("form-org", false);
        fields.put("form-purpose", false);
        inspect(
                "POST /foreningar/ansok",
                mvc.perform(apply).andReturn().getResponse().getContentAsString(),
                fields,
                failures);
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM organisation WHERE website LIKE 'javascript:%' AND name LIKE '%form-org%'")
                        .query(Integer.class)
                        .single())
                .as("the form refuses a javascript: website")
                .isZero();
        assertThat(failures).isEmpty();
        assertThat(fields)
                .as("fields shown again (escaped) in the rejected form")
                .allSatisfy((field, seen) -> assertThat(seen).as(field).isTrue());
    }

    private static void inspect(String page, String html, Map<String, Boolean> fields, List<String> failures) {
        Document document = Jsoup.parse(html);
        for (var script : document.select("script")) {
            if (!script.hasAttr("src")
                    || !script.attr("src").startsWith("/")
                    || script.data().contains("alert")) {
                failures.add(page + ": a script element " + script.outerHtml());
            }
        }
        for (var element : document.getAllElements()) {
            for (var attribute : element.attributes()) {
                if (attribute.getKey().toLowerCase().startsWith("on")) {
                    failures.add(page + ": an event handler " + element.outerHtml());
                }
                var key = attribute.getKey().toLowerCase();
                if ((key.equals("href") || key.equals("src") || key.equals("action") || key.equals("formaction"))
                        && attribute
                                .getValue()
                                .replaceAll("\\s", "")
                                .toLowerCase()
                                .startsWith("javascript:")) {
                    failures.add(page + ": a javascript link " + element.outerHtml());
                }
            }
        }
        if (!document.select("img[src=x]").isEmpty()) {
            failures.add(page + ": an image from the data");
        }
        var text = document.text() + " " + document.select("input, textarea").eachAttr("value") + " "
                + document.select("textarea").eachText();
        fields.replaceAll((field, seen) -> seen || text.contains("<script>alert('" + field + "')</script>"));
    }

    private UUID handedBack;

    private World world(Map<String, Boolean> fields) throws Exception {
        for (var field : List.of(
                "district",
                "volunteerA",
                "volunteerB",
                "orgX-name",
                "orgX-purpose",
                "memberX",
                "residentName",
                "streetAddress",
                "description",
                "codeWord",
                "submitterName",
                "submitterRelation",
                "calloutTitle",
                "effort-title",
                "effort-description",
                "effort-targetGroup",
                "effort-contactName",
                "shift-title",
                "shift-place",
                "referral-summary",
                "handBack-reason",
                "done-note",
                "municipal-effort-title",
                "decline-reason",
                "decision-reason",
                "pending-name",
                "pending-purpose",
                "idea-title",
                "idea-description",
                "idea-forWhom",
                "idea-submitter",
                "idea-organisation")) {
            fields.put(field, false);
        }
        var district =
                districts.save(null, hostile("district") + System.nanoTime() % 10000, 650000, 6580000, 990, Set.of());
        var a = SecurityFixtures.volunteer(jdbc, hostile("volunteerA"), district);
        var b = SecurityFixtures.volunteer(jdbc, hostile("volunteerB"), district);
        var aId = SecurityFixtures.volunteerId(jdbc, a);
        var orgX = SecurityFixtures.organisation(
                jdbc, hostile("orgX-name"), hostile("orgX-purpose"), JAVASCRIPT_URL, "APPROVED", district);
        var orgY = SecurityFixtures.organisation(jdbc, "Yklubben", "Hjälper grannar", null, "APPROVED", district);
        var pending = SecurityFixtures.organisation(
                jdbc, hostile("pending-name"), hostile("pending-purpose"), JAVASCRIPT_URL, "PENDING", district);
        var memberX = SecurityFixtures.member(jdbc, accounts, orgX, hostile("memberX"));
        var memberY = SecurityFixtures.member(jdbc, accounts, orgY, "Yvonne Medlem");
        var coordinator = SecurityFixtures.coordinator();
        var admin = SecurityFixtures.admin(accounts);
        var request =
                helpRequests.submit(hostileRequest(district), "test", true).id();
        var assigned =
                helpRequests.submit(hostileRequest(district), "test", true).id();
        assign(assigned, aId, coordinator);
        var assignment = jdbc.sql("SELECT id FROM assignment WHERE request_id = ? AND status = 'ACTIVE'")
                .param(assigned)
                .query(UUID.class)
                .single();
        // a third request: handed back with a reason, assigned again and done with a note
        handedBack = helpRequests.submit(hostileRequest(district), "test", true).id();
        assign(handedBack, aId, coordinator);
        mvc.perform(post("/mina-sidor/uppdrag/{id}/lamna-tillbaka", activeAssignment(handedBack))
                .param("reason", hostile("handBack-reason"))
                .with(csrf())
                .with(authentication(as(a))));
        assign(handedBack, aId, coordinator);
        mvc.perform(post("/mina-sidor/uppdrag/{id}/klart", activeAssignment(handedBack))
                .param("note", hostile("done-note"))
                .param("minutes", "30")
                .with(csrf())
                .with(authentication(as(a))));
        // offers are hand-picked call-outs now: an old offer link carries an ask's token
        var offer = UUID.randomUUID();
        var callout = callouts.start(new Callouts.Start(
                SubjectType.HELP_REQUEST,
                request,
                hostile("calloutTitle"),
                new Need(
                        HelpKind.SHOPPING,
                        district,
                        LocalDate.now().plusDays(2),
                        LocalTime.of(10, 0),
                        LocalTime.of(12, 0),
                        null,
                        1),
                Urgency.PLANNED,
                null,
                "test"));
        var askToken = SecurityFixtures.newToken();
        var offerToken = askToken;
        jdbc.sql("DELETE FROM callout_ask WHERE callout_id = ? AND volunteer_id = ?")
                .params(callout, aId)
                .update();
        var ask = UUID.randomUUID();
        jdbc.sql("""
				INSERT INTO callout_ask (id, callout_id, volunteer_id, wave, channel, token_hash, status, asked_at)
				VALUES (?, ?, ?, 1, 'EMAIL', ?, 'PENDING', ?)""")
                .params(ask, callout, aId, SecurityFixtures.hash(askToken), Timestamp.from(Instant.now()))
                .update();
        var today = LocalDate.now();
        var effortX = efforts.create(
                new Effort(
                        null,
                        orgX,
                        null,
                        hostile("effort-title"),
                        hostile("effort-description"),
                        hostile("effort-targetGroup"),
                        today,
                        today.plusMonths(2),
                        hostile("effort-contactName"),
                        "kontakt@example.se",
                        null,
                        EffortStatus.DRAFT,
                        List.of(district)),
                "test");
        efforts.publish(effortX);
        var shiftX = efforts.addShifts(
                        new Shift(
                                null,
                                effortX,
                                hostile("shift-title"),
                                today.plusDays(3),
                                LocalTime.of(10, 0),
                                LocalTime.of(12, 0),
                                hostile("shift-place"),
                                district,
                                1,
                                5,
                                null,
                                false,
                                SignupMode.APPLICATION,
                                false,
                                0,
                                List.of(HelpKind.SHOPPING)),
                        0)
                .get(0);
        var signupX = SecurityFixtures.signup(jdbc, shiftX, aId, "APPLIED");
        var municipalEffort = SecurityFixtures.publishedEffort(
                efforts, null, district, hostile("municipal-effort-title"), hostile("municipal-effort-description"));
        var municipalShift = SecurityFixtures.shift(
                efforts, municipalEffort, district, hostile("municipal-shift"), SignupMode.APPLICATION);
        var municipalSignup = SecurityFixtures.signup(jdbc, municipalShift, aId, "APPLIED");
        var referral = UUID.randomUUID();
        jdbc.sql("""
				INSERT INTO referral (id, request_id, organisation_id, status, summary, offered_by, offered_at, deadline,
				  request_kind, request_district_id)
				VALUES (?, ?, ?, 'OFFERED', ?, 'test', ?, ?,
				  (SELECT kind FROM help_request WHERE id = ?), (SELECT district_id FROM help_request WHERE id = ?))""")
                .params(
                        referral,
                        request,
                        orgX,
                        hostile("referral-summary"),
                        Timestamp.from(Instant.now()),
                        Timestamp.from(Instant.now().plusSeconds(86400)),
                        request,
                        request)
                .update();
        // organisation Y declined the same request, with a reason the coordinator sees
        jdbc.sql("""
				INSERT INTO referral (id, request_id, organisation_id, status, summary, offered_by, offered_at, deadline,
				  answered_at, answered_by, decline_reason, request_kind, request_district_id)
				VALUES (?, ?, ?, 'DECLINED', 'Handla', 'test', ?, ?, ?, 'test', ?,
				  (SELECT kind FROM help_request WHERE id = ?), (SELECT district_id FROM help_request WHERE id = ?))""")
                .params(
                        UUID.randomUUID(),
                        request,
                        orgY,
                        Timestamp.from(Instant.now()),
                        Timestamp.from(Instant.now().plusSeconds(86400)),
                        Timestamp.from(Instant.now()),
                        hostile("decline-reason"),
                        request,
                        request)
                .update();
        jdbc.sql("UPDATE organisation SET decision_reason = ? WHERE id = ?")
                .params(hostile("decision-reason"), pending)
                .update();
        return new World(
                district,
                a,
                b,
                orgX,
                orgY,
                memberX,
                memberY,
                coordinator,
                admin,
                request,
                assigned,
                assignment,
                offer,
                offerToken,
                callout,
                ask,
                askToken,
                effortX,
                shiftX,
                signupX,
                municipalEffort,
                municipalShift,
                municipalSignup,
                referral,
                pending,
                ideas.submit(
                        hostile("idea-title"),
                        hostile("idea-description"),
                        hostile("idea-forWhom"),
                        Set.of(district),
                        Set.of(HelpWanted.values()[0]),
                        hostile("idea-submitter"),
                        "idea." + UUID.randomUUID().toString().substring(0, 8) + "@example.se",
                        hostile("idea-organisation")),
                SecurityFixtures.volunteerId(jdbc, a),
                List.of(),
                extraIds(fields, district, SecurityFixtures.volunteerId(jdbc, a), orgX, orgY));
    }

    /**
     * The objects of the later modules, each with hostile text in every free-text field: one block per module, ids
     * under the same variable names as in the access-control matrix. Each hostile field is also put in fields, so
     * that the test fails when no page shows it.
     */
    private Map<String, String> extraIds(
            Map<String, Boolean> fields, String district, UUID volunteerA, UUID orgX, UUID orgY) throws Exception {
        var extra = new HashMap<String, String>();
        // helpkind: names of a kind of help (60 characters at most: the script part only), retired at once so that
        // the forms of later tests do not offer it; the administrator's pages still show it
        var suffix = " " + System.nanoTime() % 100000;
        var kind = kindCommands.add(
                "<script>alert('kind-sv')</script>" + suffix, "<script>alert('kind-en')</script>" + suffix, null, 0);
        kindCommands.retire(kind);
        fields.put("kind-sv", false);
        fields.put("kind-en", false);
        extra.put("kindCode", kind.code());
        // -- blocks of later modules, one each, below --
        // safetypoint: an open safety point with hostile text in every free-text field (public page and staff pages)
        var safetyPoint = UUID.randomUUID();
        jdbc.sql("""
				INSERT INTO safety_point (id, name, address, district_id, opening_hours, capacity, status, public_note,
				  created_by, created_at, changed_at) VALUES (?, ?, ?, ?, ?, 40, 'OPEN', ?, 'test', ?, ?)""")
                .params(
                        safetyPoint,
                        hostile("sp-name"),
                        hostile("sp-address"),
                        district,
                        hostile("sp-hours"),
                        hostile("sp-note"),
                        Timestamp.from(Instant.now()),
                        Timestamp.from(Instant.now()))
                .update();
        for (var field : List.of("sp-name", "sp-address", "sp-hours", "sp-note")) {
            fields.put(field, false);
        }
        extra.put("safetyPointId", safetyPoint.toString());
        // registerimport: a previewed import whose file name and rows hold hostile text (a name, an error row)
        var file = "Namn;Organisationsnummer;E-post\n" + hostile("import-name") + ";556036-0793;x@example.org\n"
                + "Rad;" + hostile("import-raw") + ";y@example.org\n";
        extra.put("importKind", "foreningar");
        extra.put(
                "importId",
                registerImports
                        .upload(
                                se.samverka.registerimport.ImportKind.ASSOCIATIONS,
                                hostile("import-file") + ".csv",
                                file.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                                "admin",
                                java.util.Locale.ROOT)
                        .toString());
        fields.put("import-name", false);
        fields.put("import-raw", false);
        fields.put("import-file", false);
        // audit: a data-protection officer's name, listed on /admin/dataskyddsombud
        accounts.createStaffAccount(
                "dpo-" + UUID.randomUUID() + "@example.se",
                "ett-langt-losenord",
                Role.PRIVACY_OFFICER,
                hostile("officer-name"));
        fields.put("officer-name", false);
        // meeting: every free-text field of a meeting, a registration, a decision, an action and a saved list
        for (var field : List.of(
                "meeting-title",
                "meeting-agenda",
                "meeting-place",
                "meeting-videoLink",
                "meeting-minutes",
                "registration-names",
                "decision-text",
                "action-description",
                "invite-list")) {
            fields.put(field, false);
        }
        var meetingId = UUID.randomUUID();
        var start = Instant.now().plusSeconds(5 * 86400);
        jdbc.sql("""
				INSERT INTO meeting (id, kind, title, agenda, starts_at, ends_at, place, video_link, capacity, taken,
				  minutes, created_by, created_at) VALUES (?, 'NETWORK', ?, ?, ?, ?, ?, ?, 10, 2, ?, 'test', ?)""")
                .params(
                        meetingId,
                        hostile("meeting-title"),
                        hostile("meeting-agenda"),
                        Timestamp.from(start),
                        Timestamp.from(start.plusSeconds(7200)),
                        hostile("meeting-place"),
                        hostile("meeting-videoLink"),
                        hostile("meeting-minutes"),
                        Timestamp.from(Instant.now()))
                .update();
        jdbc.sql(
                        "INSERT INTO meeting_invitation (meeting_id, organisation_id, invited_by, invited_at) VALUES (?, ?, 'test', ?)")
                .params(meetingId, orgX, Timestamp.from(Instant.now()))
                .update();
        jdbc.sql("""
				INSERT INTO meeting_registration (id, meeting_id, organisation_id, participants, names, status,
				  registered_by, registered_at) VALUES (?, ?, ?, 2, ?, 'REGISTERED', 'test', ?)""")
                .params(
                        UUID.randomUUID(),
                        meetingId,
                        orgX,
                        hostile("registration-names"),
                        Timestamp.from(Instant.now()))
                .update();
        jdbc.sql("INSERT INTO meeting_decision (id, meeting_id, text, created_at) VALUES (?, ?, ?, ?)")
                .params(UUID.randomUUID(), meetingId, hostile("decision-text"), Timestamp.from(Instant.now()))
                .update();
        var actionId = UUID.randomUUID();
        jdbc.sql("""
				INSERT INTO meeting_action (id, meeting_id, description, owner_organisation_id, due_on, status, created_at)
				VALUES (?, ?, ?, ?, ?, 'OPEN', ?)""")
                .params(
                        actionId,
                        meetingId,
                        hostile("action-description"),
                        orgX,
                        Date.valueOf(LocalDate.now().plusDays(30)),
                        Timestamp.from(Instant.now()))
                .update();
        jdbc.sql("INSERT INTO meeting_invite_list (id, name, created_by, created_at) VALUES (?, ?, 'test', ?)")
                .params(
                        UUID.randomUUID(),
                        hostile("invite-list") + UUID.randomUUID().toString().substring(0, 8),
                        Timestamp.from(Instant.now()))
                .update();
        extra.put("meetingId", meetingId.toString());
        extra.put("actionId", actionId.toString());
        // retention: volunteer A was asked whether they want to stay (the page shows no free text)
        var stayToken = SecurityFixtures.newToken();
        jdbc.sql(
                        "INSERT INTO volunteer_stay_question (volunteer_id, token_hash, asked_at) VALUES (?, ?, CURRENT_TIMESTAMP)")
                .params(volunteerA, SecurityFixtures.hash(stayToken))
                .update();
        extra.put("stayToken", stayToken);
        // incident: a closed incident with a log entry, a lifted suspension of A, poor feedback on a done task
        for (var field : List.of(
                "incident-description", "incident-log", "incident-outcome", "suspension-reason", "feedback-text")) {
            fields.put(field, false);
        }
        var doneRequest =
                helpRequests.submit(hostileRequest(district), "test", true).id();
        var doneAssignment = UUID.randomUUID();
        jdbc.sql("INSERT INTO incident_task (assignment_id, request_id, request_number, volunteer_id, assigned_at,"
                        + " done_at) VALUES (?, ?, 1, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                .params(doneAssignment, doneRequest, volunteerA)
                .update();
        var incident = UUID.randomUUID();
        jdbc.sql("INSERT INTO incident (id, kind, status, description, occurred_on, request_id, volunteer_id,"
                        + " reporter_volunteer_id, reported_by, reported_at, outcome, closed_by, closed_at)"
                        + " VALUES (?, 'COMPLAINT', 'CLOSED', ?, CURRENT_DATE, ?, ?, ?, 'test', CURRENT_TIMESTAMP, ?, 'test',"
                        + " CURRENT_TIMESTAMP)")
                .params(
                        incident,
                        hostile("incident-description"),
                        doneRequest,
                        volunteerA,
                        volunteerA,
                        hostile("incident-outcome"))
                .update();
        jdbc.sql("INSERT INTO incident_log (id, incident_id, written_by, written_at, text) VALUES (?, ?, 'test',"
                        + " CURRENT_TIMESTAMP, ?)")
                .params(UUID.randomUUID(), incident, hostile("incident-log"))
                .update();
        jdbc.sql("INSERT INTO volunteer_suspension (id, volunteer_id, reason, suspended_by, suspended_at, lifted_by,"
                        + " lifted_at) VALUES (?, ?, ?, 'test', CURRENT_TIMESTAMP, 'test', CURRENT_TIMESTAMP)")
                .params(UUID.randomUUID(), volunteerA, hostile("suspension-reason"))
                .update();
        jdbc.sql("INSERT INTO task_feedback (id, request_id, source, assignment_id, volunteer_id, rating, text,"
                        + " given_by, given_at) VALUES (?, ?, 'VOLUNTEER', ?, ?, 1, ?, 'test', CURRENT_TIMESTAMP)")
                .params(UUID.randomUUID(), doneRequest, doneAssignment, volunteerA, hostile("feedback-text"))
                .update();
        extra.put("incidentId", incident.toString());
        extra.put("doneAssignmentId", doneAssignment.toString());
        // collaboration: hostile text in a representative's name and in every free-text field of an agreement
        for (var field : List.of(
                "representative-name",
                "agreement-title",
                "agreement-description",
                "agr-munContact",
                "agr-orgContact",
                "followUp-note",
                "document-title")) {
            fields.put(field, false);
        }
        var representativeAccount = accounts.createStaffAccount(
                "representant-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se",
                "ett långt lösenord",
                Role.DEPARTMENT_REPRESENTATIVE,
                hostile("representative-name"));
        var representativeId = UUID.randomUUID();
        jdbc.sql(
                        "INSERT INTO collaboration_representative (id, department_id, account_id, added_at) VALUES (?, 'sof', ?, ?)")
                .params(representativeId, representativeAccount, Timestamp.from(Instant.now()))
                .update();
        var agreementId = UUID.randomUUID();
        jdbc.sql("""
				INSERT INTO agreement (id, department_id, organisation_id, type, title, description, starts_on, ends_on,
				  amount_sek, municipal_contact_name, municipal_contact_email, organisation_contact_name,
				  organisation_contact_email, status, created_by, created_at, updated_at)
				VALUES (?, 'sof', ?, 'IOP', ?, ?, ?, ?, 1000, ?, 'kim@example.se', ?, 'olle@example.se', 'ACTIVE', 'test',
				  CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
                .params(
                        agreementId,
                        orgX,
                        hostile("agreement-title"),
                        hostile("agreement-description"),
                        LocalDate.now().minusMonths(1),
                        LocalDate.now().plusMonths(2),
                        hostile("agr-munContact"),
                        hostile("agr-orgContact"))
                .update();
        var followUpId = UUID.randomUUID();
        jdbc.sql("INSERT INTO agreement_follow_up (id, agreement_id, due_on, note, done) VALUES (?, ?, ?, ?, FALSE)")
                .params(followUpId, agreementId, LocalDate.now().plusDays(10), hostile("followUp-note"))
                .update();
        var documentId = UUID.randomUUID();
        jdbc.sql(
                        "INSERT INTO agreement_document (id, agreement_id, title, url, added_at) VALUES (?, ?, ?, 'https://diarie.example.se/1', CURRENT_TIMESTAMP)")
                .params(documentId, agreementId, hostile("document-title"))
                .update();
        extra.put("agreementId", agreementId.toString());
        extra.put("followUpId", followUpId.toString());
        extra.put("documentId", documentId.toString());
        extra.put("representativeId", representativeId.toString());
        // notification: a message in the outbox with a hostile subject and text, on its own page in the Utkorg
        var messageId = UUID.randomUUID();
        jdbc.sql("""
				INSERT INTO outbox_message (id, dedupe_key, channel, recipient, subject, body, status, attempts,
				  next_attempt_at, created_at) VALUES (?, ?, 'EMAIL', 'xss@example.se', ?, ?, 'HELD', 0, ?, ?)""")
                .params(
                        messageId,
                        "xss:" + messageId,
                        hostile("message-subject"),
                        hostile("message-body"),
                        java.sql.Timestamp.from(java.time.Instant.now()),
                        java.sql.Timestamp.from(java.time.Instant.now()))
                .update();
        fields.put("message-subject", false);
        fields.put("message-body", false);
        extra.put("messageId", messageId.toString());
        // api and calendar: organisation X's published effort, X itself, a key of X's and volunteer A's feed (the API
        // answers JSON and the feed text/calendar, so only the key page among them is read for hostile text)
        extra.put(
                "effortId",
                jdbc.sql("SELECT id FROM effort WHERE organisation_id = ? AND status = 'PUBLISHED' ORDER BY id LIMIT 1")
                        .param(orgX)
                        .query(UUID.class)
                        .single()
                        .toString());
        extra.put("organisationId", orgX.toString());
        extra.put(
                "keyId",
                apiKeys.create(orgX, "Nyckel", representativeAccount, "test")
                        .id()
                        .toString());
        // webhook: an endpoint of X's; api: a staff key
        var endpointId = UUID.randomUUID();
        jdbc.sql("""
				INSERT INTO webhook_endpoint (id, organisation_id, url, events, secret, created_by, created_at)
				VALUES (?, ?, 'https://example.se/hook', 'SHIFT_FILLED', 'whsec_xss', 'test', ?)""").params(endpointId, orgX, Timestamp.from(Instant.now())).update();
        extra.put("endpointId", endpointId.toString());
        var staffKeyId = UUID.randomUUID();
        jdbc.sql("""
				INSERT INTO staff_api_key (id, name, key_hash, prefix, created_by, created_at)
				VALUES (?, 'Xss', ?, 'samvs_xss', 'test', ?)""")
                .params(
                        staffKeyId,
                        staffKeyId.toString().replace("-", "") + "1".repeat(32),
                        Timestamp.from(Instant.now()))
                .update();
        extra.put("staffKeyId", staffKeyId.toString());
        extra.put(
                "feedToken",
                calendarFeeds.renew(new CalendarFeeds.Owner(CalendarFeeds.OwnerKind.VOLUNTEER, volunteerA)));
        // resourcegroup: a group, a training and a call-out with hostile text, volunteer A on its roll
        var groupId = UUID.randomUUID();
        jdbc.sql("INSERT INTO resource_group (id, name, kind, description, created_by, created_at)"
                        + " VALUES (?, ?, 'FRG', ?, 'test', CURRENT_TIMESTAMP)")
                .params(groupId, hostile("group-name") + suffix, hostile("group-description"))
                .update();
        jdbc.sql("INSERT INTO resource_group_member (group_id, volunteer_id, leader, added_by, added_at)"
                        + " VALUES (?, ?, TRUE, 'test', CURRENT_TIMESTAMP)")
                .params(groupId, volunteerA)
                .update();
        var trainingId = UUID.randomUUID();
        jdbc.sql("INSERT INTO resource_group_training (id, group_id, volunteer_id, name, taken_on)"
                        + " VALUES (?, ?, ?, ?, CURRENT_DATE)")
                .params(trainingId, groupId, volunteerA, hostile("training-name"))
                .update();
        var groupCalloutId = UUID.randomUUID();
        jdbc.sql("""
				INSERT INTO resource_group_callout (id, group_id, what, place, district_id, need_date, time_from,
				  people_needed, created_by, created_at) VALUES (?, ?, ?, ?, ?, CURRENT_DATE, '10:00', 2, 'test',
				  CURRENT_TIMESTAMP)""")
                .params(groupCalloutId, groupId, hostile("callout-what"), hostile("callout-place"), district)
                .update();
        var turnoutToken = SecurityFixtures.newToken();
        jdbc.sql("INSERT INTO resource_group_turnout (group_callout_id, volunteer_id, token_hash, accepted_at)"
                        + " VALUES (?, ?, ?, CURRENT_TIMESTAMP)")
                .params(groupCalloutId, volunteerA, SecurityFixtures.hash(turnoutToken))
                .update();
        for (var field : List.of("group-name", "group-description", "training-name", "callout-what", "callout-place")) {
            fields.put(field, false);
        }
        extra.put("groupId", groupId.toString());
        extra.put("volunteerId", volunteerA.toString());
        extra.put("trainingId", trainingId.toString());
        extra.put("calloutId", groupCalloutId.toString());
        extra.put("turnoutToken", turnoutToken);
        // situation: a report of an ended crisis with a hostile name and author
        var crisisId = UUID.randomUUID();
        jdbc.sql("INSERT INTO crisis (id, name, kind, public_message, phone, started_at, expected_hours,"
                        + " contact_budget_raise, started_by, ended_at, ended_by) VALUES (?, ?, 'STORM', 'Meddelande',"
                        + " '08-1', ?, 24, 0, 'test', ?, 'test')")
                .params(
                        crisisId,
                        hostile("crisis-name"),
                        Timestamp.from(Instant.now().minusSeconds(7200)),
                        Timestamp.from(Instant.now().minusSeconds(3600)))
                .update();
        var reportId = UUID.randomUUID();
        jdbc.sql("INSERT INTO situation_report (id, crisis_id, crisis_name, period_from, period_to, generated_at,"
                        + " generated_by, trigger_kind) VALUES (?, ?, ?, ?, ?, ?, ?, 'ON_DEMAND')")
                .params(
                        reportId,
                        crisisId,
                        hostile("crisis-name"),
                        Timestamp.from(Instant.now().minusSeconds(7200)),
                        Timestamp.from(Instant.now().minusSeconds(3600)),
                        Timestamp.from(Instant.now().minusSeconds(3600)),
                        hostile("report-author"))
                .update();
        fields.put("crisis-name", false);
        fields.put("report-author", false);
        extra.put("reportId", reportId.toString());
        // crisis: a spontaneous volunteer with a hostile name (their extract and erasure pages show it)
        var spontaneous = UUID.randomUUID();
        jdbc.sql("INSERT INTO spontaneous_volunteer (id, phone, name, skills, locale, crisis_id, first_signed_up_at,"
                        + " signed_up_at, sign_ups, consented_at) VALUES (?, ?, ?, 'DRIVE', 'sv', ?, ?, ?, 1, ?)")
                .params(
                        spontaneous,
                        "+4670" + (1000000 + new java.util.Random().nextInt(8999999)),
                        hostile("spontaneous-name"),
                        crisisId,
                        Timestamp.from(Instant.now().minusSeconds(7000)),
                        Timestamp.from(Instant.now().minusSeconds(7000)),
                        Timestamp.from(Instant.now().minusSeconds(7000)))
                .update();
        fields.put("spontaneous-name", false);
        extra.put("spontaneousId", spontaneous.toString());
        return extra;
    }

    private static NewHelpRequest hostileRequest(String district) {
        return new NewHelpRequest(
                hostile("residentName"),
                PhoneNumber.of("08-560 391 00"),
                hostile("streetAddress"),
                district,
                HelpKind.SHOPPING,
                hostile("description"),
                LocalDate.now().plusDays(2),
                LocalTime.of(10, 0),
                LocalTime.of(12, 0),
                Recurrence.ONE_OFF,
                PaymentMethod.INVOICE,
                SHORT_CODE_WORD,
                Boolean.TRUE,
                null,
                Channel.PHONE,
                hostile("submitterName"),
                PhoneNumber.of("070-123 45 67"),
                hostile("submitterRelation"));
    }

    /** Volunteer A takes several tasks here: their ask budget is emptied first, as if weeks had passed. */
    private void assign(UUID request, UUID volunteerId, SamverkaUser coordinator) throws Exception {
        jdbc.sql("DELETE FROM contact_log WHERE volunteer_id = ?")
                .param(volunteerId)
                .update();
        mvc.perform(post("/samordning/arenden/{id}/tilldela", request)
                .param("volunteerId", volunteerId.toString())
                .with(csrf())
                .with(authentication(as(coordinator))));
    }

    private UUID activeAssignment(UUID request) {
        return jdbc.sql("SELECT id FROM assignment WHERE request_id = ? AND status = 'ACTIVE'")
                .param(request)
                .query(UUID.class)
                .single();
    }
}
