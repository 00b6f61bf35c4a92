package se.samverka.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.samverka.IntegrationTest;
import se.samverka.TestVolunteer;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;
import se.samverka.district.Districts;
import se.samverka.effort.Efforts;
import se.samverka.effort.ShiftSignups;
import se.samverka.helprequest.HelpRequests;

/**
 * Changing a shift, reading its roster and answering referrals with an organisation's key (issue 18): the web's
 * rules, another organisation's things not found and unchanged, a revoked key refused at once.
 */
@IntegrationTest
class OrganisationApiWriteTests {

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
    HelpRequests helpRequests;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ApiKeys keys;

    private String district;
    private UUID orgX;
    private UUID orgY;
    private UUID effortX;
    private UUID shiftX;
    private UUID effortY;
    private UUID shiftY;
    private String keyX;
    private String keyY;

    @BeforeEach
    void world() {
        district = ApiFixtures.district(districts, "Skrivö");
        orgX = ApiFixtures.organisation(jdbc, "Xskriv", district);
        orgY = ApiFixtures.organisation(jdbc, "Yskriv", district);
        effortX = ApiFixtures.publishedEffort(efforts, orgX, district, "X-insats", LocalDate.now());
        shiftX = ApiFixtures.shift(
                efforts, effortX, district, null, LocalDate.now().plusDays(3));
        effortY = ApiFixtures.publishedEffort(efforts, orgY, district, "Y-insats", LocalDate.now());
        shiftY = ApiFixtures.shift(
                efforts, effortY, district, null, LocalDate.now().plusDays(3));
        keyX = key(orgX);
        keyY = key(orgY);
    }

    @Test
    void changesItsOwnShiftByTheFormsRules() throws Exception {
        var date = LocalDate.now().plusDays(4);
        var changed = call(put("/api/v1/organisation/efforts/{e}/shifts/{s}", effortX, shiftX), keyX, change(date, 2));
        assertThat(changed.getStatus()).isEqualTo(200);
        var shift = efforts.shift(shiftX).orElseThrow();
        assertThat(shift.date()).isEqualTo(date);
        assertThat(shift.place()).isEqualTo("Nya torget");
        assertThat(shift.maxVolunteers()).isEqualTo(2);

        var bad = call(put("/api/v1/organisation/efforts/{e}/shifts/{s}", effortX, shiftX), keyX, """
				{"date": "%s", "timeFrom": "14:00", "timeTo": "13:00", "place": "",
				 "minVolunteers": 1, "maxVolunteers": 2}""".formatted(date));
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentType()).startsWith("application/problem+json");
        assertThat(JsonPath.<java.util.List<String>>read(bad.getContentAsString(), "$.errors[*].field"))
                .contains("place", "timeTo");
        assertThat(efforts.shift(shiftX).orElseThrow().place()).isEqualTo("Nya torget");
    }

    @Test
    void createsPublishesFillsAndClosesItsOwnEffortWithoutABrowser() throws Exception {
        var start = LocalDate.now().plusDays(1);
        var created =
                call(post("/api/v1/organisation/efforts"), keyX, """
				{"title": "API-insats", "description": "Läxhjälp på biblioteket", "targetGroup": "Skolbarn",
				 "periodStart": "%s", "periodEnd": "%s", "contactName": "Xa Kontakt",
				 "contactEmail": "kontakt@xskriv.example.se", "districtIds": ["%s"]}""".formatted(start, start.plusMonths(2), district));
        assertThat(created.getStatus()).isEqualTo(201);
        var id = UUID.fromString(JsonPath.read(created.getContentAsString(), "$.id"));
        assertThat(JsonPath.<String>read(created.getContentAsString(), "$.status"))
                .isEqualTo("DRAFT");
        var effort = efforts.find(id).orElseThrow();
        assertThat(effort.organisationId()).isEqualTo(orgX);
        assertThat(effort.contactEmail()).isEqualTo("kontakt@xskriv.example.se");

        var published = call(post("/api/v1/organisation/efforts/{e}/publish", id), keyX, null);
        assertThat(published.getStatus()).isEqualTo(200);
        assertThat(efforts.find(id).orElseThrow().isPublished()).isTrue();
        var shifts = call(
                post("/api/v1/organisation/efforts/{e}/shifts", id), keyX, """
				{"title": "Tisdag", "date": "%s", "timeFrom": "15:00", "timeTo": "17:00", "place": "Biblioteket",
				 "districtId": "%s", "minVolunteers": 1, "maxVolunteers": 3, "kinds": ["SHOPPING"],
				 "mode": "INSTANT"}""".formatted(start.plusDays(1), district));
        assertThat(shifts.getStatus()).isEqualTo(201);
        assertThat(efforts.openShifts(id)).hasSize(1);

        assertThat(call(post("/api/v1/organisation/efforts/{e}/publish", id), keyY, null)
                        .getStatus())
                .as("another organisation's key")
                .isEqualTo(404);
        assertThat(call(post("/api/v1/organisation/efforts/{e}/close", id), keyY, null)
                        .getStatus())
                .isEqualTo(404);
        var closed = call(post("/api/v1/organisation/efforts/{e}/close", id), keyX, null);
        assertThat(closed.getStatus()).isEqualTo(200);
        assertThat(JsonPath.<String>read(closed.getContentAsString(), "$.status"))
                .isEqualTo("CLOSED");
        assertThat(efforts.shifts(id))
                .allSatisfy(shift -> assertThat(shift.cancelled()).isTrue());
        assertThat(call(post("/api/v1/organisation/efforts/{e}/publish", id), keyX, null)
                        .getStatus())
                .as("a closed effort is not found")
                .isEqualTo(404);
    }

    @Test
    void anEffortThatBreaksTheFormsRulesIsRefusedFieldByFieldAndNothingIsStored() throws Exception {
        var before = efforts.ownedBy(orgX).size();
        var bad = call(post("/api/v1/organisation/efforts"), keyX, """
				{"title": "", "description": "Något", "targetGroup": "Alla",
				 "periodStart": "%s", "periodEnd": "%s", "contactName": "Xa",
				 "contactEmail": "inte en adress", "contactPhone": "12", "districtIds": ["finns-inte"]}""".formatted(
                        LocalDate.now().plusDays(5), LocalDate.now()));
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentType()).startsWith("application/problem+json");
        assertThat(JsonPath.<java.util.List<String>>read(bad.getContentAsString(), "$.errors[*].field"))
                .contains("title", "periodEnd", "contactEmail", "contactPhone", "districtIds");
        assertThat(efforts.ownedBy(orgX)).hasSize(before);
    }

    @Test
    void neverChangesOrReadsAnotherOrganisationsShift() throws Exception {
        var volunteer = TestVolunteer.named("Rut Roster").in(district).insert(jdbc);
        signups.signUp(shiftY, volunteer.id());
        var before = efforts.shift(shiftY).orElseThrow();
        assertThat(call(
                                put("/api/v1/organisation/efforts/{e}/shifts/{s}", effortY, shiftY),
                                keyX,
                                change(LocalDate.now().plusDays(5), 3))
                        .getStatus())
                .isEqualTo(404);
        assertThat(call(
                                put("/api/v1/organisation/efforts/{e}/shifts/{s}", effortX, shiftY),
                                keyX,
                                change(LocalDate.now().plusDays(5), 3))
                        .getStatus())
                .as("another organisation's shift under one's own effort")
                .isEqualTo(404);
        assertThat(efforts.shift(shiftY).orElseThrow()).isEqualTo(before);
        var foreign = call(get("/api/v1/organisation/efforts/{e}/shifts/{s}/roster", effortY, shiftY), keyX, null);
        assertThat(foreign.getStatus()).isEqualTo(404);
        assertThat(foreign.getContentAsString()).doesNotContain("Rut Roster");

        var own = call(get("/api/v1/organisation/efforts/{e}/shifts/{s}/roster", effortY, shiftY), keyY, null);
        assertThat(own.getStatus()).isEqualTo(200);
        assertThat(JsonPath.<String>read(own.getContentAsString(), "$.signups[0].name"))
                .isEqualTo("Rut Roster");
        assertThat(JsonPath.<String>read(own.getContentAsString(), "$.signups[0].status"))
                .isEqualTo("CONFIRMED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE subject_id = ? AND purpose = 'effort.roster'")
                        .param(volunteer.id())
                        .query(Integer.class)
                        .single())
                .as("the roster read is audited")
                .isEqualTo(1);
    }

    @Test
    void answersItsOwnReferralsOnlyAndAnotherKeySeesNothing() throws Exception {
        var request = ApiFixtures.request(helpRequests, district);
        var coordinator = new SamverkaUser(
                UUID.randomUUID(), "samordnare@ekero.se", "{noop}x", Role.COORDINATOR, "Sara Samordnare", true);
        mvc.perform(post("/samordning/arenden/{id}/hanvisa", request.id())
                .with(csrf())
                .with(user(coordinator))
                .param("consentGiven", "true")
                .param("consentMethod", "PHONE")
                .param("organisationIds", orgX.toString(), orgY.toString())
                .param("summary", "Handla mat")
                .param("deadlineHours", "24"));
        var referralX = referral(request.id(), orgX);
        var referralY = referral(request.id(), orgY);

        var list = call(get("/api/v1/organisation/referrals"), keyX, null).getContentAsString();
        assertThat(list).contains(referralX.toString(), "Handla mat").doesNotContain(referralY.toString(), "Greta");
        assertThat(call(get("/api/v1/organisation/referrals/{r}", referralY), keyX, null)
                        .getStatus())
                .isEqualTo(404);
        assertThat(call(post("/api/v1/organisation/referrals/{r}/accept", referralY), keyX, null)
                        .getStatus())
                .isEqualTo(404);
        assertThat(call(post("/api/v1/organisation/referrals/{r}/decline", referralY), keyX, "{}")
                        .getStatus())
                .isEqualTo(404);
        assertThat(status(referralY)).isEqualTo("OFFERED");

        var accepted = call(post("/api/v1/organisation/referrals/{r}/accept", referralX), keyX, null);
        assertThat(accepted.getStatus()).isEqualTo(200);
        assertThat(JsonPath.<String>read(accepted.getContentAsString(), "$.resident.name"))
                .isEqualTo("Greta Hemlig");
        assertThat(status(referralX)).isEqualTo("ACCEPTED");

        var late = call(post("/api/v1/organisation/referrals/{r}/decline", referralY), keyY, "{\"reason\": \"Nej\"}");
        assertThat(late.getStatus()).isEqualTo(409);
        assertThat(JsonPath.<String>read(late.getContentAsString(), "$.outcome"))
                .isEqualTo("TAKEN_BY_OTHER");
    }

    @Test
    void aRevokedKeyIsRefusedAtOnceAndChangesNothing() throws Exception {
        var keyId = jdbc.sql("SELECT id FROM api_key WHERE organisation_id = ?")
                .param(orgX)
                .query(UUID.class)
                .single();
        keys.revoke(orgX, keyId, UUID.randomUUID(), "test");
        var before = efforts.shift(shiftX).orElseThrow();
        for (var request : java.util.List.of(
                put("/api/v1/organisation/efforts/{e}/shifts/{s}", effortX, shiftX),
                get("/api/v1/organisation/efforts/{e}/shifts/{s}/roster", effortX, shiftX),
                get("/api/v1/organisation/referrals"))) {
            assertThat(call(request, keyX, change(LocalDate.now().plusDays(6), 4))
                            .getStatus())
                    .isEqualTo(401);
        }
        assertThat(efforts.shift(shiftX).orElseThrow()).isEqualTo(before);
    }

    private static String change(LocalDate date, int max) {
        return """
				{"date": "%s", "timeFrom": "%s", "timeTo": "%s", "place": "Nya torget",
				 "minVolunteers": 1, "maxVolunteers": %d}""".formatted(date, LocalTime.of(9, 0), LocalTime.of(11, 30), max);
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String key, String json)
            throws Exception {
        request.header("Authorization", "Bearer " + key);
        if (json != null) {
            request.contentType("application/json").content(json);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private String key(UUID organisation) {
        return keys.create(organisation, "Skrivtest", UUID.randomUUID(), "test").secret();
    }

    private UUID referral(UUID requestId, UUID organisation) {
        return jdbc.sql("SELECT id FROM referral WHERE request_id = ? AND organisation_id = ?")
                .params(requestId, organisation)
                .query(UUID.class)
                .single();
    }

    private String status(UUID referral) {
        return jdbc.sql("SELECT status FROM referral WHERE id = ?")
                .param(referral)
                .query(String.class)
                .single();
    }
}
