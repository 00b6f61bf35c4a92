package se.samverka.helprequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.helprequest.HelpRequestFixtures.posting;
import static se.samverka.helprequest.HelpRequestFixtures.validForm;
import static se.samverka.helprequest.HelpRequestFixtures.with;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;

@IntegrationTest
class PublicRequestFormTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Test
    void formIsPublicAndInSwedishByDefault() throws Exception {
        var page = page(mvc.perform(get("/be-om-hjalp"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Be om hjälp");
        assertThat(page.select("form[action=/be-om-hjalp][novalidate] input[name=_csrf]"))
                .hasSize(1);
        assertThat(page.text()).contains("Volontärer tar aldrig emot bankkort eller pinkod");
        assertThat(page.select("#riskGroup-hint a[href=/integritet]")).hasSize(1);
        assertThat(page.select("#districtId option[value=ekero-centrum]").text())
                .isEqualTo("Ekerö centrum");
        assertThat(page.select("input[name=riskGroup]")).hasSize(3);
        assertThat(page.select("input[name=riskGroup][checked]")).isEmpty();
        // each field once: no stray elements pulled in from the fragment file
        // the consent to the request, and the consent to storing the risk-group answer
        assertThat(page.select("main input[type=checkbox]")).hasSize(2);
        assertThat(page.select("main select")).hasSize(2);
        assertThat(page.select("main textarea")).hasSize(1);
    }

    @Test
    void formIsInEnglishOnRequest() throws Exception {
        var page = page(mvc.perform(get("/be-om-hjalp").param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Ask for help");
        assertThat(page.text())
                .contains("Volunteers never take bank cards or PIN codes")
                .contains("Is the person in a risk group?")
                .doesNotContain("??");
    }

    @Test
    void validRequestIsSavedAsNewWithHistoryAndTheReceiptShowsItsNumber() throws Exception {
        var result = mvc.perform(posting(post("/be-om-hjalp"), validForm(today().plusDays(2)))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/be-om-hjalp/tack"))
                .andExpect(flash().attributeExists("requestNumber"))
                .andReturn();
        var number = (Long) result.getFlashMap().get("requestNumber");
        var id = jdbc.sql("SELECT id FROM help_request WHERE number = ?")
                .param(number)
                .query(UUID.class)
                .single();
        var saved = helpRequests.find(id).orElseThrow();
        assertThat(saved.status()).isEqualTo(HelpRequestStatus.NEW);
        assertThat(saved.channel()).isEqualTo(Channel.WEB);
        assertThat(saved.residentPhone().e164()).isEqualTo("+46856039000");
        // the answer is stored encrypted, with the resident's consent on record
        assertThat(jdbc.sql("SELECT risk_group_enc FROM help_request WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .startsWith("test:");
        assertThat(saved.paymentMethod()).isEqualTo(PaymentMethod.SWISH);
        assertThat(saved.submitterName()).isNull();
        assertThat(saved.language()).isNull();
        var history = helpRequests.history(id);
        assertThat(history).singleElement().satisfies(h -> {
            assertThat(h.actor()).isEqualTo("web");
            assertThat(h.action()).isEqualTo("SUBMITTED");
            assertThat(h.to()).isEqualTo(HelpRequestStatus.NEW);
        });

        var receipt = mvc.perform(
                        get("/be-om-hjalp/tack").cookie(result.getResponse().getCookies()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page(receipt).select("#request-number").text()).isEqualTo(String.valueOf(number));
        // the receipt repeats nothing personal, least of all health data
        assertThat(receipt)
                .doesNotContain("Greta")
                .doesNotContain("Tappström")
                .doesNotContain("Blåbär")
                .doesNotContainIgnoringCase("riskgrupp")
                .doesNotContainIgnoringCase("risk-group");
    }

    @Test
    void receiptWithoutFlashStillExplainsWhatHappensNext() throws Exception {
        var page = page(mvc.perform(get("/be-om-hjalp/tack"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#request-number")).isEmpty();
        assertThat(page.select("ol li")).hasSize(4);
    }

    @Test
    void someoneAskingOnBehalfIsStoredAsSubmitter() throws Exception {
        var result = mvc.perform(posting(
                                post("/be-om-hjalp"),
                                with(
                                        validForm(today()),
                                        "asker",
                                        "ON_BEHALF",
                                        "submitterName",
                                        "Olle Ek",
                                        "submitterPhone",
                                        "070-123 45 67",
                                        "submitterRelation",
                                        "son",
                                        "language",
                                        "fi",
                                        "riskGroup",
                                        "UNSAID"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        var number = (Long) result.getFlashMap().get("requestNumber");
        var saved = jdbc.sql("SELECT " + HelpRequestRepository.COLUMNS + " FROM help_request WHERE number = ?")
                .param(number)
                .query(HelpRequestRepository::map)
                .single();
        assertThat(saved.submitterName()).isEqualTo("Olle Ek");
        assertThat(saved.submitterPhone().e164()).isEqualTo("+46701234567");
        assertThat(saved.submitterRelation()).isEqualTo("son");
        assertThat(saved.language()).isEqualTo("fi");
        assertThat(jdbc.sql("SELECT risk_group_enc FROM help_request WHERE number = ?")
                        .param(number)
                        .query(String.class)
                        .optional())
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
			date              | PAST        | Datumet har redan varit
			date              | FAR         | Välj ett datum högst 60 dagar fram
			date              | igår        | Skriv ett datum som ÅÅÅÅ-MM-DD
			timeTo            | 09:00       | Sluttiden ska vara senare än starttiden
			timeTo            | 10:00       | Sluttiden ska vara senare än starttiden
			districtId        | atlantis    | Välj ett område i listan
			districtId        | ''          | Välj område
			residentPhone     | 12345       | Skriv ett telefonnummer som finns
			residentPhone     | ''          | Skriv ett telefonnummer
			residentName      | ''          | Skriv namnet på den som behöver hjälp
			residentName      | LONG121     | Namnet får vara högst 120 tecken
			description       | LONG2001    | Beskrivningen får vara högst 2000 tecken
			streetAddress     | LONG201     | Adressen får vara högst 200 tecken
			codeWord          | ''          | Skriv ett kodord
			codeWord          | LONG61      | Kodordet får vara högst 60 tecken
			kind              | DANCING     | Värdet har fel format
			paymentMethod     | CARD        | Värdet har fel format
			language          | xx          | Välj ett språk i listan
			consent           | false       | Kryssa i rutan
			consent           | ''          | Kryssa i rutan
			asker             | ON_BEHALF   | Skriv ditt namn
			""")
    void badInputIsShownAgainWithTheErrorAndEveryTypedValue(String field, String value, String message)
            throws Exception {
        var typed = switch (value) {
            case "PAST" -> today().minusDays(1).toString();
            case "FAR" -> today().plusDays(61).toString();
            case "LONG121" -> "x".repeat(121);
            case "LONG2001" -> "x".repeat(2001);
            case "LONG201" -> "x".repeat(201);
            case "LONG61" -> "x".repeat(61);
            default -> value;
        };
        // a value the form never offers cannot even be read: 400 (issue 14), the form shown all the same
        var unreadable = java.util.Set.of("igår", "DANCING", "CARD").contains(value);
        var html = mvc.perform(posting(post("/be-om-hjalp"), with(validForm(today().plusDays(1)), field, typed))
                        .with(csrf()))
                .andExpect(status().is(unreadable ? 400 : 200))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var page = page(html);
        assertThat(page.select("#error-summary").text()).contains(message);
        assertThat(page.select(".field-error").text()).contains(message);
        assertThat(page.select("#error-summary a").eachAttr("href")).anyMatch(href -> href.endsWith("-field"));
        // everything typed is still there
        if (!field.equals("residentName")) {
            assertThat(page.select("#residentName").val()).isEqualTo("Greta Ek");
        }
        if (!field.equals("description")) {
            assertThat(page.select("#description").text()).isEqualTo("Mjölk, bröd och kaffe");
        }
        if (!field.equals("codeWord")) {
            assertThat(page.select("#codeWord").val()).isEqualTo("Blåbär");
        }
        if (!field.equals("timeTo")) {
            assertThat(page.select("#timeTo").val()).isEqualTo("12:00");
        }
        if (!field.equals("kind")) {
            assertThat(page.select("input[name=kind][value=SHOPPING]").attr("checked"))
                    .isNotNull();
            assertThat(page.select("input[name=kind][checked]").val()).isEqualTo("SHOPPING");
        }
        assertThat(page.select("input[name=riskGroup][checked]").val()).isEqualTo("YES");
        if (page.select("#" + field).is("input[type=text], input[type=tel], input[type=date], input[type=time]")) {
            assertThat(page.select("#" + field).val()).isEqualTo(typed);
        }
    }

    @Test
    void anUntickedConsentBoxAsABrowserSendsItIsAnError() throws Exception {
        var values = validForm(today());
        values.remove("consent");
        values.put("_consent", "on");
        var html = mvc.perform(posting(post("/be-om-hjalp"), values).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page(html).select("#error-summary").text())
                .isEqualTo("Det finns problem i formuläret Kryssa i rutan för att vi ska få använda uppgifterna");
        assertThat(page(html).select("#residentName").val()).isEqualTo("Greta Ek");
    }

    @Test
    void errorsAreInTheUsersLanguage() throws Exception {
        var html = mvc.perform(posting(
                                post("/be-om-hjalp").param("lang", "en"),
                                with(validForm(today().minusDays(3)), "codeWord", ""))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page(html).select("#error-summary").text())
                .contains("That date has passed")
                .contains("Enter a code word");
    }

    @Test
    void nothingIsSavedWhenTheFormHasErrors() throws Exception {
        var before = count();
        mvc.perform(posting(post("/be-om-hjalp"), validForm(today().minusDays(1)))
                        .with(csrf()))
                .andExpect(status().isOk());
        assertThat(count()).isEqualTo(before);
    }

    /** Not stored: handed back to the form marked expired (account/ExpiredForm), which shows it again. */
    @Test
    void postWithoutCsrfTokenIsNotStoredButShownAgain() throws Exception {
        var before = count();
        mvc.perform(posting(post("/be-om-hjalp"), validForm(today())))
                .andExpect(status().isOk())
                .andExpect(forwardedUrl("/be-om-hjalp"));
        assertThat(count()).isEqualTo(before);
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM help_request").query(Long.class).single();
    }

    private static Document page(String html) {
        return Jsoup.parse(html);
    }
}
