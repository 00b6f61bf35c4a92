package se.samverka.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.referral.ReferralFixtures.as;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.samverka.IntegrationTest;
import se.samverka.account.AccountManagement;
import se.samverka.account.SamverkaUser;
import se.samverka.district.Districts;
import se.samverka.helprequest.HelpRequests;

/** An organisation's referral pages answer 404 to everyone who is not its member, by every address and id. */
@IntegrationTest
class ReferralAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Districts districts;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    AccountManagement accounts;

    @Autowired
    Referrals referrals;

    @Test
    void aMemberOfAnotherOrganisationAVolunteerAndACoordinatorGet404ForEveryAddressAndId() throws Exception {
        var district = ReferralFixtures.district(districts);
        var request = ReferralFixtures.request(helpRequests, district, ReferralFixtures.MOBILE);
        var mine = ReferralFixtures.organisation(jdbc, "Minföreningen", district);
        var other = ReferralFixtures.organisation(jdbc, "Andraklubben", district);
        var member = ReferralFixtures.member(jdbc, accounts, mine, "Mona Min");
        var outsider = ReferralFixtures.member(jdbc, accounts, other, "Otto Utanför");
        referrals.offer(request.id(), List.of(mine), "Handla", Duration.ofHours(24), ConsentMethod.PHONE, null, "test");
        var referral = jdbc.sql("SELECT id FROM referral WHERE request_id = ?")
                .param(request.id())
                .query(UUID.class)
                .single();
        mvc.perform(get("/forening/{o}/arenden/{r}", mine, referral).with(as(member)))
                .andExpect(status().isOk());
        // the representative's reading of the resident's request is in the audit log
        assertThat(jdbc.sql("SELECT actor FROM audit_log WHERE subject_kind = 'RESIDENT' AND subject_id = ?"
                                + " AND purpose = 'referral.handling' AND action = 'VIEW'")
                        .param(request.id())
                        .query(String.class)
                        .list())
                .containsExactly(member.username());

        for (var who : List.of(outsider, ReferralFixtures.volunteer(), ReferralFixtures.coordinator())) {
            for (var url : List.of(
                    get("/forening/{o}/arenden", mine),
                    get("/forening/{o}/arenden/{r}", mine, referral),
                    post("/forening/{o}/arenden/{r}/ja", mine, referral).with(csrf()),
                    post("/forening/{o}/arenden/{r}/nej", mine, referral).with(csrf()))) {
                expect404(url, who);
            }
        }
        // the outsider's own workspace does not open someone else's referral either
        for (var url : List.of(
                get("/forening/{o}/arenden/{r}", other, referral),
                post("/forening/{o}/arenden/{r}/ja", other, referral).with(csrf()),
                post("/forening/{o}/arenden/{r}/nej", other, referral).with(csrf()),
                get("/forening/{o}/arenden/{r}", other, UUID.randomUUID()),
                get("/forening/{o}/arenden/{r}", other, "inte-ett-id"),
                get("/forening/{o}/arenden", "inte-ett-id"),
                get("/forening/{o}/arenden", UUID.randomUUID()))) {
            expect404(url, outsider);
        }
        assertThat(mvc.perform(get("/forening/{o}/arenden", other).with(as(outsider)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain(referral.toString());
        // a member of the referred organisation only sees it through their own organisation's address
        expect404(get("/forening/{o}/arenden/{r}", other, referral), member);
        assertThat(jdbc.sql("SELECT status FROM referral WHERE id = ?")
                        .param(referral)
                        .query(String.class)
                        .single())
                .isEqualTo("OFFERED");
    }

    @Test
    void onlyCoordinatorsReachTheMunicipalReferralPage() throws Exception {
        var district = ReferralFixtures.district(districts);
        var request = ReferralFixtures.request(helpRequests, district, ReferralFixtures.MOBILE);
        var org = ReferralFixtures.organisation(jdbc, "Kommunsidan", district);
        var member = ReferralFixtures.member(jdbc, accounts, org, "Kim Kommun");
        for (var who : List.of(member, ReferralFixtures.volunteer())) {
            mvc.perform(get("/samordning/arenden/{id}/hanvisa", request.id()).with(as(who)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/samordning/arenden/{id}/hanvisa", request.id())
                            .with(csrf())
                            .with(as(who))
                            .param("consentGiven", "true")
                            .param("consentMethod", "PHONE")
                            .param("organisationIds", org.toString())
                            .param("summary", "x")
                            .param("deadlineHours", "24"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/forening/{o}/arenden", org)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM referral WHERE request_id = ?")
                        .param(request.id())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private void expect404(MockHttpServletRequestBuilder request, SamverkaUser who) throws Exception {
        mvc.perform(request.with(as(who))).andExpect(status().isNotFound());
    }
}
