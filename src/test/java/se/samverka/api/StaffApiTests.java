package se.samverka.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;

/** The staff statistics: a key made by an administrator (shown once, hashed, audited), read-only, revoked at once. */
@IntegrationTest
class StaffApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys organisationKeys;

    @Autowired
    se.samverka.district.Districts districts;

    @Test
    void anAdministratorsStaffKeyReadsTheOverviewUntilRevoked() throws Exception {
        var admin = new SamverkaUser(UUID.randomUUID(), "admin@ekero.se", "{noop}x", Role.ADMIN, "Ada Admin", true);
        var created = mvc.perform(post("/admin/api-nycklar")
                        .param("name", "Statistik")
                        .with(csrf())
                        .with(user(admin)))
                .andReturn();
        var key = (String) created.getFlashMap().get("newKey");
        assertThat(key).startsWith(StaffApiKeys.PREFIX);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM staff_api_key WHERE key_hash = ?")
                        .param(ApiKeys.hash(key))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        var page = mvc.perform(get("/admin/api-nycklar").with(user(admin)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Statistik").doesNotContain(key);

        var overview = mvc.perform(get("/api/v1/staff/overview").header("Authorization", "Bearer " + key))
                .andReturn()
                .getResponse();
        assertThat(overview.getStatus()).isEqualTo(200);
        assertThat(JsonPath.<Integer>read(overview.getContentAsString(), "$.sections.length()"))
                .isPositive();
        assertThat(mvc.perform(get("/api/v1/organisation/efforts").header("Authorization", "Bearer " + key))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("a staff key is no organisation's key")
                .isEqualTo(403);

        var keyId = jdbc.sql("SELECT id FROM staff_api_key WHERE key_hash = ?")
                .param(ApiKeys.hash(key))
                .query(UUID.class)
                .single();
        mvc.perform(
                post("/admin/api-nycklar/{id}/aterkalla", keyId).with(csrf()).with(user(admin)));
        assertThat(mvc.perform(get("/api/v1/staff/overview").header("Authorization", "Bearer " + key))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
        assertThat(jdbc.sql("SELECT purpose FROM audit_log WHERE subject_id = ? ORDER BY id")
                        .param(admin.accountId())
                        .query(String.class)
                        .list())
                .containsSubsequence("staff-api-key.create", "staff-api-key.revoke");
    }

    @Test
    void anOrganisationsKeyAndNoKeyGetNoStatistics() throws Exception {
        var organisation = ApiFixtures.organisation(jdbc, "Statförening", ApiFixtures.district(districts, "Statö"));
        var key = organisationKeys
                .create(organisation, "Org", UUID.randomUUID(), "test")
                .secret();
        assertThat(mvc.perform(get("/api/v1/staff/overview").header("Authorization", "Bearer " + key))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/api/v1/staff/overview"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
    }

    @Test
    void aBearerTokenIsRefusedClearlyWhereNoIdentityProviderIsConfigured() throws Exception {
        var response = mvc.perform(get("/api/v1/staff/overview")
                        .header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(JsonPath.<String>read(response.getContentAsString(), "$.type"))
                .isEqualTo(StaffBearerTokens.NOT_CONFIGURED);
        assertThat(JsonPath.<String>read(response.getContentAsString(), "$.detail"))
                .contains("no staff sign-in provider is configured");
    }
}
