package se.samverka.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.account.AccountManagement;
import se.samverka.account.SamverkaUser;
import se.samverka.district.Districts;
import se.samverka.effort.Efforts;

/**
 * An organisation's API key end to end: created in the workspace and shown once, used, revoked and refused at once;
 * and an organisation's key never reaches another organisation's efforts or shifts.
 */
@IntegrationTest
class ApiKeyTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Districts districts;

    @Autowired
    Efforts efforts;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ApiKeys keys;

    private UUID orgX;
    private UUID orgY;
    private SamverkaUser adminX;
    private UUID effortX;
    private UUID shiftX;
    private UUID effortY;
    private UUID shiftY;

    @BeforeEach
    void world() {
        var district = ApiFixtures.district(districts, "Nyckelö");
        orgX = ApiFixtures.organisation(jdbc, "Xnyckel", district);
        orgY = ApiFixtures.organisation(jdbc, "Ynyckel", district);
        adminX = ApiFixtures.member(jdbc, accounts, orgX, true);
        effortX = ApiFixtures.publishedEffort(efforts, orgX, district, "X-insats", LocalDate.now());
        shiftX = ApiFixtures.shift(
                efforts, effortX, district, null, LocalDate.now().plusDays(3));
        effortY = ApiFixtures.publishedEffort(efforts, orgY, district, "Y-insats", LocalDate.now());
        shiftY = ApiFixtures.shift(
                efforts, effortY, district, null, LocalDate.now().plusDays(3));
    }

    @Test
    void aKeyIsCreatedShownOnceUsedAndRefusedOnceRevoked() throws Exception {
        var created = mvc.perform(post("/forening/{org}/api-nycklar", orgX)
                        .param("name", "Bokningssystemet")
                        .with(csrf())
                        .with(user(adminX)))
                .andReturn();
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/forening/" + orgX + "/api-nycklar");
        var key = (String) created.getFlashMap().get("newKey");
        assertThat(key).startsWith("samv_").hasSizeGreaterThan(40);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_key WHERE key_hash = ?")
                        .param(ApiKeys.hash(key))
                        .query(Integer.class)
                        .single())
                .as("only the hash is stored")
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_key WHERE key_hash = ? OR prefix = ?")
                        .params(key, key)
                        .query(Integer.class)
                        .single())
                .isZero();
        var page = mvc.perform(get("/forening/{org}/api-nycklar", orgX).with(user(adminX)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Bokningssystemet").doesNotContain(key);

        var own = mvc.perform(get("/api/v1/organisation/efforts").header("Authorization", "Bearer " + key))
                .andReturn()
                .getResponse();
        assertThat(own.getStatus()).isEqualTo(200);
        assertThat(own.getHeader("Set-Cookie"))
                .as("stateless: no session cookie")
                .isNull();
        assertThat(own.getContentAsString()).contains(effortX.toString()).doesNotContain(effortY.toString());

        var keyId = jdbc.sql("SELECT id FROM api_key WHERE key_hash = ?")
                .param(ApiKeys.hash(key))
                .query(UUID.class)
                .single();
        var revoked = mvc.perform(post("/forening/{org}/api-nycklar/{key}/aterkalla", orgX, keyId)
                        .with(csrf())
                        .with(user(adminX)))
                .andReturn()
                .getResponse();
        assertThat(revoked.getStatus()).isEqualTo(302);
        var refused = mvc.perform(get("/api/v1/organisation/efforts").header("Authorization", "Bearer " + key))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(401);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getHeader("WWW-Authenticate")).startsWith("Bearer");
        assertThat(jdbc.sql("SELECT purpose FROM audit_log WHERE subject_id = ? ORDER BY id")
                        .param(adminX.accountId())
                        .query(String.class)
                        .list())
                .as("creation and revocation are audited")
                .containsSubsequence("api-key.create", "api-key.revoke");
    }

    @Test
    void aKeyNeverReachesAnotherOrganisationsEffortsOrShifts() throws Exception {
        var key = key(orgX);
        assertThat(status(get("/api/v1/organisation/efforts/{e}", effortY), key))
                .isEqualTo(404);
        assertThat(status(post("/api/v1/organisation/efforts/{e}/shifts/{s}/cancel", effortY, shiftY), key))
                .isEqualTo(404);
        assertThat(status(post("/api/v1/organisation/efforts/{e}/shifts/{s}/cancel", effortX, shiftY), key))
                .as("another organisation's shift under one's own effort")
                .isEqualTo(404);
        assertThat(efforts.shift(shiftY).orElseThrow().cancelled()).isFalse();
        assertThat(status(get("/api/v1/organisation/efforts/{e}", effortX), key))
                .isEqualTo(200);
    }

    @Test
    void aShiftIsCancelledWithTheKeyAsOnTheWeb() throws Exception {
        var key = key(orgX);
        var response = mvc.perform(post("/api/v1/organisation/efforts/{e}/shifts/{s}/cancel", effortX, shiftX)
                        .header("Authorization", "Bearer " + key))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(JsonPath.<Boolean>read(response.getContentAsString(), "$.cancelled"))
                .isTrue();
        assertThat(efforts.shift(shiftX).orElseThrow().cancelled()).isTrue();
        var effort =
                mvc.perform(get("/api/v1/efforts/{e}", effortX)).andReturn().getResponse();
        assertThat(effort.getContentAsString())
                .as("no longer open to the public")
                .doesNotContain(shiftX.toString());
    }

    @Test
    void aShiftIsAddedWithTheKeyByTheWebsRules() throws Exception {
        var key = key(orgX);
        var district = efforts.shift(shiftX).orElseThrow().districtId();
        var date = LocalDate.now().plusDays(5);
        var body = """
				{"title": "Kvällspass", "date": "%s", "timeFrom": "18:00", "timeTo": "20:00", "place": "Biblioteket",
				 "districtId": "%s", "minVolunteers": 1, "maxVolunteers": 4, "kinds": ["SHOPPING"], "mode": "INSTANT",
				 "repeatWeeks": 1}""".formatted(date, district);
        var added = mvc.perform(post("/api/v1/organisation/efforts/{e}/shifts", effortX)
                        .header("Authorization", "Bearer " + key)
                        .contentType("application/json")
                        .content(body))
                .andReturn()
                .getResponse();
        assertThat(added.getStatus()).isEqualTo(201);
        assertThat(JsonPath.<java.util.List<String>>read(added.getContentAsString(), "$[*].date"))
                .containsExactly(date.toString(), date.plusWeeks(1).toString());
        var again = mvc.perform(post("/api/v1/organisation/efforts/{e}/shifts", effortX)
                        .header("Authorization", "Bearer " + key)
                        .contentType("application/json")
                        .content(body))
                .andReturn()
                .getResponse();
        assertThat(again.getStatus())
                .as("the same place and time again overlaps")
                .isEqualTo(400);
        assertThat(again.getContentAsString()).contains("\"field\":\"timeFrom\"");

        var bad = mvc.perform(post("/api/v1/organisation/efforts/{e}/shifts", effortX)
                        .header("Authorization", "Bearer " + key)
                        .contentType("application/json")
                        .content("""
								{"title": "", "date": "2020-01-01", "timeFrom": "18:00", "timeTo": "17:00",
								 "place": "Var", "districtId": "finns-inte", "minVolunteers": 3, "maxVolunteers": 2,
								 "kinds": [], "mode": "INSTANT"}"""))
                .andReturn()
                .getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentType()).startsWith("application/problem+json");
        assertThat(JsonPath.<java.util.List<String>>read(bad.getContentAsString(), "$.errors[*].field"))
                .contains("title", "date", "timeTo", "districtId", "maxVolunteers", "kinds");

        var foreign = mvc.perform(post("/api/v1/organisation/efforts/{e}/shifts", effortY)
                        .header("Authorization", "Bearer " + key)
                        .contentType("application/json")
                        .content(body))
                .andReturn()
                .getResponse();
        assertThat(foreign.getStatus()).isEqualTo(404);
        assertThat(efforts.shifts(effortY)).hasSize(1);
    }

    @Test
    void organisationRoutesNeedAKeyAndRefuseAWrongOne() throws Exception {
        assertThat(mvc.perform(get("/api/v1/organisation/efforts"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
        assertThat(status(get("/api/v1/organisation/efforts"), "samv_" + "x".repeat(43)))
                .isEqualTo(401);
        assertThat(status(get("/api/v1/efforts"), "samv_nonsense"))
                .as("a wrong key is refused even on a public route")
                .isEqualTo(401);
        assertThat(mvc.perform(post("/api/v1/organisation/efforts/{e}/shifts/{s}/cancel", effortX, shiftX))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
    }

    @Test
    void onlyTheOrganisationsAdministratorsManageKeys() throws Exception {
        var coordinatorX = ApiFixtures.member(jdbc, accounts, orgX, false);
        var adminY = ApiFixtures.member(jdbc, accounts, orgY, true);
        assertThat(mvc.perform(get("/forening/{org}/api-nycklar", orgX).with(user(coordinatorX)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/forening/{org}/api-nycklar", orgX).with(user(adminY)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        var blank = mvc.perform(post("/forening/{org}/api-nycklar", orgX)
                        .param("name", " ")
                        .with(csrf())
                        .with(user(adminX)))
                .andReturn()
                .getResponse();
        assertThat(blank.getStatus()).isEqualTo(200);
        assertThat(blank.getContentAsString()).contains("Skriv ett namn på nyckeln.");
    }

    private String key(UUID organisation) {
        return keys.create(organisation, "Test", adminX.accountId(), adminX.username())
                .secret();
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String key)
            throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + key))
                .andReturn()
                .getResponse()
                .getStatus();
    }
}
