package se.samverka.helprequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.helprequest.HelpRequestFixtures.asCoordinator;
import static se.samverka.helprequest.HelpRequestFixtures.posting;
import static se.samverka.helprequest.HelpRequestFixtures.validForm;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.shared.PhoneNumber;

/** Phone intake warns, before saving, when the caller's number already has an open request, and keeps the values. */
@IntegrationTest
class PhoneWarningTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private Map<String, String> call(String phone, String name) {
        var values = validForm(LocalDate.now(clock).plusDays(1));
        values.remove("consent");
        values.put("paymentMethod", "INVOICE");
        values.put("riskGroup", "");
        values.put("residentPhone", phone);
        values.put("residentName", name);
        return values;
    }

    private long requestsWith(String e164) {
        return jdbc.sql("SELECT COUNT(*) FROM help_request WHERE resident_phone = ?")
                .param(e164)
                .query(Long.class)
                .single();
    }

    private Document submit(Map<String, String> form, int expectedStatus) throws Exception {
        var response = mvc.perform(posting(post("/samordning/telefon"), form)
                        .with(asCoordinator())
                        .with(csrf()))
                .andExpect(status().is(expectedStatus))
                .andReturn()
                .getResponse();
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aSecondCallFromANumberWithAnOpenRequestShowsItBeforeSavingAndSavesOnlyWhenConfirmed() throws Exception {
        var digits = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000));
        var national = "070" + digits;
        var e164 = "+4670" + digits;

        // the first call from the number is saved at once
        mvc.perform(posting(post("/samordning/telefon"), call(national, "Greta Första"))
                        .with(asCoordinator())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(requestsWith(e164)).isEqualTo(1);
        var first = helpRequests.openWithResidentPhone(PhoneNumber.of(national), 5);
        assertThat(first).hasSize(1);

        // the second is shown again with the open request linked, nothing saved, every value kept
        var warned = submit(call(national, "Greta Andra"), 200);
        assertThat(warned.select("#same-number h2").text()).isEqualTo("Numret har redan ett öppet ärende");
        assertThat(warned.select("#same-number a[href]").first().attr("href"))
                .isEqualTo("/samordning/arenden/" + first.get(0).id());
        assertThat(warned.select("#same-number a[href]").first().text())
                .contains("#" + first.get(0).number());
        assertThat(warned.select("#residentName").val()).isEqualTo("Greta Andra");
        assertThat(warned.select("#residentPhone").val()).isEqualTo(national);
        assertThat(warned.select("#description").text()).isEqualTo("Mjölk, bröd och kaffe");
        assertThat(warned.select("#same-number-cancel").attr("href")).isEqualTo("/samordning");
        assertThat(requestsWith(e164)).isEqualTo(1);

        // confirming saves it
        var confirmed = call(national, "Greta Andra");
        confirmed.put("sammaNummer", "ja");
        mvc.perform(posting(post("/samordning/telefon"), confirmed)
                        .with(asCoordinator())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(requestsWith(e164)).isEqualTo(2);

        // a closed request does not warn
        for (var open : helpRequests.openWithResidentPhone(PhoneNumber.of(national), 5)) {
            helpRequests.cancel(open.id(), "test", "klart", false);
        }
        mvc.perform(posting(post("/samordning/telefon"), call(national, "Greta Tredje"))
                        .with(asCoordinator())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(requestsWith(e164)).isEqualTo(3);
    }
}
