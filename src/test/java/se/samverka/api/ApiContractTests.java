package se.samverka.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.samverka.IntegrationTest;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;
import se.samverka.district.Districts;
import se.samverka.effort.Efforts;
import se.samverka.helprequest.HelpRequests;

/**
 * The API against its own OpenAPI document: every documented GET answers with a documented status, and no handler
 * under /api is left out of the document.
 */
@IntegrationTest
class ApiContractTests {

    /** springdoc's own endpoints: the document and Swagger UI's configuration, not part of the API. */
    private static final List<String> SPRINGDOC = List.of("/api/v1/openapi.json", "/api/docs");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Districts districts;

    @Autowired
    Efforts efforts;

    @Autowired
    ApiKeys keys;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    AccountManagement accounts;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private Map<String, String> ids;

    private String key;

    private String staffKey;

    @Autowired
    StaffApiKeys staffKeys;

    @BeforeEach
    void world() throws Exception {
        var district = ApiFixtures.district(districts, "Kontraktsö");
        var organisation = ApiFixtures.organisation(jdbc, "Kontraktsföreningen", district);
        var effort = ApiFixtures.publishedEffort(efforts, organisation, district, "Kontrakt", LocalDate.now());
        var shift = ApiFixtures.shift(
                efforts, effort, district, "sv", LocalDate.now().plusDays(2));
        var admin = ApiFixtures.member(jdbc, accounts, organisation, true);
        key = keys.create(organisation, "Kontraktstest", admin.accountId(), admin.username())
                .secret();
        staffKey = staffKeys
                .create("Kontraktstest", admin.accountId(), admin.username())
                .secret();
        ids = Map.of(
                "effortId",
                effort.toString(),
                "organisationId",
                organisation.toString(),
                "shiftId",
                shift.toString(),
                "referralId",
                referral(district, organisation).toString());
    }

    /** A request referred to the organisation by a coordinator, as on the web. */
    private UUID referral(String district, UUID organisation) throws Exception {
        var request = ApiFixtures.request(helpRequests, district);
        mvc.perform(post("/samordning/arenden/{id}/hanvisa", request.id())
                .with(csrf())
                .with(user(new SamverkaUser(
                        UUID.randomUUID(), "samordnare@ekero.se", "{noop}x", Role.COORDINATOR, "Sara", true)))
                .param("consentGiven", "true")
                .param("consentMethod", "PHONE")
                .param("organisationIds", organisation.toString())
                .param("summary", "Handla")
                .param("deadlineHours", "24"));
        return jdbc.sql("SELECT id FROM referral WHERE request_id = ?")
                .param(request.id())
                .query(UUID.class)
                .single();
    }

    @Test
    void everyDocumentedGetAnswersAsDocumented() throws Exception {
        var document = mvc.perform(get("/api/v1/openapi.json"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Map<String, Map<String, Object>> paths = JsonPath.read(document, "$.paths");
        assertThat(paths).isNotEmpty();
        var failures = new ArrayList<String>();
        var called = 0;
        for (var entry : paths.entrySet()) {
            @SuppressWarnings("unchecked")
            var operation = (Map<String, Object>) entry.getValue().get("get");
            if (operation == null) {
                continue;
            }
            @SuppressWarnings("unchecked")
            var documented = ((Map<String, Object>) operation.get("responses")).keySet();
            var url = entry.getKey();
            for (var id : ids.entrySet()) {
                url = url.replace("{" + id.getKey() + "}", id.getValue());
            }
            assertThat(url).as("every path variable has a value").doesNotContain("{");
            var request = get(url);
            if (operation.containsKey("security")) {
                request.header("Authorization", "Bearer " + (url.startsWith("/api/v1/staff/") ? staffKey : key));
            }
            var response = mvc.perform(request).andReturn().getResponse();
            called++;
            if (!documented.contains(Integer.toString(response.getStatus())) || response.getStatus() != 200) {
                failures.add("GET " + url + ": " + response.getStatus() + " (documented " + documented + ")");
            }
            assertThat(response.getContentType()).startsWith("application/json");
        }
        assertThat(called).as("documented GET endpoints").isGreaterThanOrEqualTo(6);
        assertThat(failures).isEmpty();
    }

    @Test
    void everyHandlerUnderApiIsDocumented() throws Exception {
        var document = mvc.perform(get("/api/v1/openapi.json"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Map<String, Map<String, Object>> paths = JsonPath.read(document, "$.paths");
        var documented = new TreeSet<String>();
        paths.forEach((path, operations) ->
                operations.keySet().forEach(method -> documented.add(method.toUpperCase() + " " + path)));
        var handlers = new TreeSet<String>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (var pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api")
                        && SPRINGDOC.stream().noneMatch(pattern::startsWith)
                        && !pattern.equals(UnknownApiPath.PATTERN)) {
                    info.getMethodsCondition().getMethods().forEach(m -> handlers.add(m.name() + " " + pattern));
                }
            }
        });
        assertThat(handlers).isNotEmpty();
        assertThat(documented)
                .as("handlers under /api missing from the OpenAPI document")
                .containsAll(handlers);
        assertThat(handlers).as("documented operations without a handler").containsAll(documented);
    }

    @Test
    void theDocumentNamesTheKeySchemeAndProblemDetails() throws Exception {
        var document = mvc.perform(get("/api/v1/openapi.json"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<String>read(document, "$.components.securitySchemes.organisationKey.scheme"))
                .isEqualTo("bearer");
        assertThat(document).contains("application/problem+json");
        assertThat(JsonPath.<String>read(document, "$.info.title")).isEqualTo("Samverka API");
        assertThat(JsonPath.<String>read(document, "$.components.securitySchemes.staffBearer.bearerFormat"))
                .isEqualTo("JWT");
        assertThat(JsonPath.<List<Map<String, Object>>>read(document, "$.paths['/api/v1/staff/overview'].get.security"))
                .as("a staff key or a staff member's token, either one")
                .extracting(requirement -> requirement.keySet())
                .containsExactlyInAnyOrder(java.util.Set.of(ApiDocs.STAFF_KEY), java.util.Set.of(ApiDocs.STAFF_TOKEN));
    }

    @Test
    void everyOperationWithTheKeyDocumentsItsProblems() throws Exception {
        var document = mvc.perform(get("/api/v1/openapi.json"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Map<String, Map<String, Map<String, Object>>> paths = JsonPath.read(document, "$.paths");
        var keyed = new ArrayList<String>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (String.valueOf(operation.get("security")).contains(ApiDocs.KEY)) {
                keyed.add(method + " " + path);
            }
        }));
        assertThat(keyed).as("operations called with an organisation's key").hasSizeGreaterThanOrEqualTo(10);
        for (var operation : keyed) {
            var method = operation.substring(0, operation.indexOf(' '));
            var path = operation.substring(operation.indexOf(' ') + 1);
            var base = "$.paths['" + path + "']." + method + ".responses";
            assertThat(JsonPath.<String>read(document, base + "['401'].description"))
                    .as(operation)
                    .isEqualTo("No key, or an unknown or revoked one");
            assertThat(JsonPath.<Map<String, Object>>read(document, base + "['401'].content"))
                    .as(operation)
                    .containsOnlyKeys("application/problem+json");
        }
        var decline = "$.paths['/api/v1/organisation/referrals/{referralId}/decline'].post.responses";
        assertThat(JsonPath.<Map<String, Object>>read(document, decline))
                .containsOnlyKeys("200", "400", "401", "404", "409");
        assertThat(JsonPath.<String>read(document, decline + "['409'].description"))
                .startsWith("Not open any more");
        assertThat(JsonPath.<String>read(document, decline + "['404'].content['application/problem+json'].schema.$ref"))
                .endsWith("/ProblemDetail");
    }

    @Test
    void swaggerUiIsServedUnderApiDocs() throws Exception {
        var response = mvc.perform(get("/api/docs")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/api/swagger-ui/index.html");
        var page = mvc.perform(get("/api/swagger-ui/index.html")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getHeader("Content-Security-Policy"))
                .contains("script-src 'self'")
                .doesNotContain("unsafe");
    }
}
