package se.samverka.helprequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.helprequest.HelpRequestFixtures.as;
import static se.samverka.helprequest.HelpRequestFixtures.asCoordinator;
import static se.samverka.helprequest.HelpRequestFixtures.coordinator;
import static se.samverka.helprequest.HelpRequestFixtures.posting;
import static se.samverka.helprequest.HelpRequestFixtures.validForm;
import static se.samverka.helprequest.HelpRequestFixtures.with;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;

@IntegrationTest
class PhoneIntakeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    Clock clock;

    @Test
    void formStartsWithTodayInvoiceAndOneOffAndFocusOnTheFirstField() throws Exception {
        var page = Jsoup.parse(mvc.perform(get("/samordning/telefon").with(asCoordinator()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#date").val()).isEqualTo(LocalDate.now(clock).toString());
        assertThat(page.select("#paymentMethod option[selected]").val()).isEqualTo("INVOICE");
        assertThat(page.select("#recurrence option[selected]").val()).isEqualTo("ONE_OFF");
        assertThat(page.select("input[name=asker][checked]").val()).isEqualTo("SELF");
        var form = page.select("form[action=/samordning/telefon]");
        var fields = form.select("input:not([type=hidden]), select, textarea");
        assertThat(fields.first().id()).isEqualTo("residentName");
        assertThat(page.select("[autofocus]"))
                .singleElement()
                .satisfies(e -> assertThat(e.id()).isEqualTo("residentName"));
        assertThat(page.select("[accesskey], [tabindex]")).isEmpty();
        // every field has a label
        for (var field : form.select("input:not([type=hidden]):not([type=radio]), select, textarea")) {
            assertThat(page.select("label[for=" + field.id() + "]"))
                    .as(field.id())
                    .hasSize(1);
        }
    }

    @Test
    void savedCallIsOpenAtOnceAndCarriesTheCoordinatorsName() throws Exception {
        var sara = coordinator();
        var result = mvc.perform(posting(post("/samordning/telefon"), phoneForm())
                        .with(as(sara))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "helprequest.phone.saved"))
                .andReturn();
        var location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/samordning/arenden/");
        var id = UUID.fromString(location.substring("/samordning/arenden/".length()));
        var saved = helpRequests.find(id).orElseThrow();
        assertThat(saved.status()).isEqualTo(HelpRequestStatus.OPEN);
        assertThat(saved.channel()).isEqualTo(Channel.PHONE);
        assertThat(saved.paymentMethod()).isEqualTo(PaymentMethod.INVOICE);
        assertThat(helpRequests.history(id)).singleElement().satisfies(h -> {
            assertThat(h.actor()).isEqualTo(sara.username());
            assertThat(h.to()).isEqualTo(HelpRequestStatus.OPEN);
        });
    }

    @Test
    void badInputIsShownAgainWithTheErrorAndTheTypedValues() throws Exception {
        var html = mvc.perform(
                        posting(post("/samordning/telefon"), with(phoneForm(), "timeTo", "08:00", "residentPhone", "0"))
                                .with(asCoordinator())
                                .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var page = Jsoup.parse(html);
        assertThat(page.select("#error-summary").text())
                .contains("Sluttiden ska vara senare än starttiden")
                .contains("Skriv ett telefonnummer som finns");
        assertThat(page.select("#residentName").val()).isEqualTo("Greta Ek");
        assertThat(page.select("#timeTo").val()).isEqualTo("08:00");
        assertThat(page.select("#residentPhone").val()).isEqualTo("0");
    }

    @Test
    void isInEnglishOnRequest() throws Exception {
        var html = mvc.perform(get("/samordning/telefon").param("lang", "en").with(asCoordinator()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(html).select("h1").text()).isEqualTo("Take a call");
        assertThat(html).doesNotContain("??");
    }

    private Map<String, String> phoneForm() {
        var values = validForm(LocalDate.now(clock));
        values.remove("consent");
        values.put("paymentMethod", "INVOICE");
        values.put("riskGroup", "");
        // the same number has open requests from other tests: confirm past the warning (PhoneWarningTests)
        values.put("sammaNummer", "ja");
        return values;
    }
}
