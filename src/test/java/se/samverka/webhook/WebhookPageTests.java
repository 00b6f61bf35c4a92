package se.samverka.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.account.AccountManagement;
import se.samverka.account.SamverkaUser;
import se.samverka.organisation.OrganisationTestData;

/** The workspace's webhook pages: register (secret once), the https rule, the log, test event, disable, 404s. */
@IntegrationTest
class WebhookPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    WebhookRepository repository;

    private UUID orgX;
    private UUID orgY;
    private SamverkaUser adminX;
    private SamverkaUser adminY;

    @BeforeEach
    void world() {
        orgX = OrganisationTestData.approvedOrganisation(jdbc, "Xkrok " + UUID.randomUUID());
        orgY = OrganisationTestData.approvedOrganisation(jdbc, "Ykrok " + UUID.randomUUID());
        adminX = admin(orgX);
        adminY = admin(orgY);
    }

    @Test
    void registersAnEndpointShowsTheSecretOnceAndKeepsEverythingOnError() throws Exception {
        var refused = mvc.perform(post("/forening/{o}/webhooks", orgX)
                        .param("url", "http://system.example.se/hook")
                        .param("events", "SHIFT_FILLED")
                        .with(csrf())
                        .with(user(adminX)))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString())
                .contains("https://", "http://system.example.se/hook", "error-summary")
                .containsPattern("value=\"SHIFT_FILLED\"[^>]*checked");
        assertThat(repository.endpointsOf(orgX)).isEmpty();

        var created = mvc.perform(post("/forening/{o}/webhooks", orgX)
                        .param("url", "https://system.example.se/hook")
                        .param("events", "SHIFT_FILLED", "REFERRAL_OFFERED")
                        .with(csrf())
                        .with(user(adminX)))
                .andReturn();
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/forening/" + orgX + "/webhooks");
        var secret = (String) created.getFlashMap().get("newSecret");
        assertThat(secret).startsWith("whsec_");
        var page = mvc.perform(get("/forening/{o}/webhooks", orgX).with(user(adminX)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("https://system.example.se/hook").doesNotContain(secret);
        assertThat(jdbc.sql("SELECT purpose FROM audit_log WHERE subject_id = ?")
                        .param(adminX.accountId())
                        .query(String.class)
                        .list())
                .contains("webhook.create");
    }

    @Test
    void testEventAndDisableAskFirstAndAnotherAssociationGetsNotFound() throws Exception {
        mvc.perform(post("/forening/{o}/webhooks", orgX)
                .param("url", "https://system.example.se/a")
                .param("events", "SHIFT_CANCELLED")
                .with(csrf())
                .with(user(adminX)));
        var endpoint = repository.endpointsOf(orgX).get(0).id();
        for (var path : new String[] {"", "/testa", "/stang-av"}) {
            assertThat(mvc.perform(get("/forening/{o}/webhooks/{e}" + path, orgX, endpoint)
                                    .with(user(adminY)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(404);
            assertThat(mvc.perform(get("/forening/{o}/webhooks/{e}" + path, orgY, endpoint)
                                    .with(user(adminY)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as("another association's endpoint under one's own address")
                    .isEqualTo(404);
        }
        assertThat(mvc.perform(post("/forening/{o}/webhooks/{e}/stang-av", orgY, endpoint)
                                .with(csrf())
                                .with(user(adminY)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(repository.endpoint(endpoint).orElseThrow().active()).isTrue();

        var confirm = mvc.perform(get("/forening/{o}/webhooks/{e}/stang-av", orgX, endpoint)
                        .with(user(adminX)))
                .andReturn()
                .getResponse();
        assertThat(confirm.getContentAsString()).contains("webhook-confirm", "https://system.example.se/a");
        mvc.perform(post("/forening/{o}/webhooks/{e}/testa", orgX, endpoint)
                .with(csrf())
                .with(user(adminX)));
        var log = mvc.perform(get("/forening/{o}/webhooks/{e}", orgX, endpoint).with(user(adminX)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(log).contains("id=\"deliveries\"");
        mvc.perform(post("/forening/{o}/webhooks/{e}/stang-av", orgX, endpoint)
                .with(csrf())
                .with(user(adminX)));
        assertThat(repository.endpoint(endpoint).orElseThrow().active()).isFalse();
    }

    private SamverkaUser admin(UUID organisation) {
        var email = "wh-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
        var user = OrganisationTestData.coordinator(jdbc, accounts, organisation, "Ada Admin", email);
        jdbc.sql("UPDATE organisation_member SET role = 'ADMIN' WHERE account_id = ?")
                .param(user.accountId())
                .update();
        return user;
    }
}
