package se.samverka.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.organisation.OrganisationFixtures.details;
import static se.samverka.organisation.OrganisationFixtures.email;
import static se.samverka.organisation.OrganisationFixtures.form;
import static se.samverka.organisation.OrganisationFixtures.unique;

import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;

@IntegrationTest
class ApplicationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganisationRegister register;

    @Test
    void theFormOffersEveryChoice() throws Exception {
        var page = mvc.perform(get("/foreningar/ansok"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Ansök om att vara med i Samverka")
                .contains("Ideell förening")
                .contains("Nätverk (utan organisationsnummer)")
                .contains("Stenhamra")
                .contains("Krisberedskap");
    }

    @Test
    void anApplicationIsSavedPendingWithTheApplicantAsAdminAndTheyAreTold() throws Exception {
        var name = unique("Stenhamra Promenadvänner");
        var applicant = email("anna");
        var details = details(name, applicant);
        mvc.perform(form(post("/foreningar/ansok"), details).with(csrf()))
                .andExpect(redirectedUrl("/foreningar/ansok/tack"));

        var row = jdbc.sql("SELECT id, status, org_number, website, phone FROM organisation WHERE name = ?")
                .param(name)
                .query((rs, i) -> new Object[] {
                    rs.getObject(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)
                })
                .single();
        assertThat(row[1]).isEqualTo("PENDING");
        assertThat(row[2]).isEqualTo(details.orgNumber());
        assertThat(row[3]).isEqualTo("https://example.org");
        assertThat(row[4]).isEqualTo("+46856012345");
        var member = jdbc.sql("""
				SELECT m.role, m.is_contact, a.role FROM organisation_member m JOIN account a ON a.id = m.account_id
				WHERE m.organisation_id = ? AND a.username = ?""")
                .params(row[0], applicant)
                .query((rs, i) -> rs.getString(1) + "/" + rs.getBoolean(2) + "/" + rs.getString(3))
                .single();
        assertThat(member).isEqualTo("ADMIN/true/REPRESENTATIVE");

        var mails = OrganisationFixtures.mailsTo(jdbc, applicant, 1);
        assertThat(mails)
                .singleElement()
                .asString()
                .contains(name)
                .contains("Vi har tagit emot ansökan")
                .contains("granskar");
        assertThat(mvc.perform(get("/foreningar/ansok/tack"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Tack, vi har tagit emot ansökan")
                .contains("syns i föreningsregistret först när ansökan är godkänd");
    }

    @Test
    void aNetworkNeedsNoNumber() throws Exception {
        var name = unique("Nätverket Grannstöd");
        var d = details(name, email("nils"));
        var network = new DetailsInput(
                d.name(),
                "",
                "NATVERK",
                d.purpose(),
                d.districts(),
                d.activities(),
                "",
                d.email(),
                "",
                d.contactName(),
                d.contactEmail(),
                null);
        mvc.perform(form(post("/foreningar/ansok"), network).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT org_number FROM organisation WHERE name = ?")
                        .param(name)
                        .query(String.class)
                        .optional())
                .isEmpty();
    }

    static java.util.stream.Stream<Arguments> badInput() {
        return java.util.stream.Stream.of(
                bad("name", f -> with(f, "name", ""), "Skriv organisationens namn", null),
                bad(
                        "orgNumber",
                        f -> with(f, "orgNumber", "802000-1234"),
                        "Det är inte ett giltigt organisationsnummer",
                        "802000-1234"),
                bad(
                        "orgNumber",
                        f -> with(f, "orgNumber", "811218-9876"),
                        "Det är inte ett giltigt organisationsnummer",
                        "811218-9876"),
                bad(
                        "orgNumber",
                        f -> with(f, "orgNumber", "abc"),
                        "Det är inte ett giltigt organisationsnummer",
                        "abc"),
                bad("orgNumber", f -> with(f, "orgNumber", ""), "Skriv organisationsnumret", null),
                bad("form", f -> with(f, "form", ""), "Välj organisationsform", null),
                bad("form", f -> with(f, "form", "AKTIEBOLAG"), "Välj organisationsform", null),
                bad("purpose", f -> with(f, "purpose", " "), "Beskriv organisationens syfte", null),
                bad("districts", f -> with(f, "districts", null), "Välj minst ett område", null),
                bad("districts", f -> with(f, "districts", "atlantis"), "Välj områden ur listan", null),
                bad("activities", f -> with(f, "activities", null), "Välj minst en sorts verksamhet", null),
                bad("activities", f -> with(f, "activities", "SMUGGLING"), "Välj verksamhet ur listan", null),
                bad(
                        "website",
                        f -> with(f, "website", "javascript:alert(1)"),
                        "Skriv en webbadress som börjar med http",
                        "javascript:alert(1)"),
                bad(
                        "website",
                        f -> with(f, "website", "www.exempel.se"),
                        "Skriv en webbadress som börjar med http",
                        "www.exempel.se"),
                bad("email", f -> with(f, "email", "info-at-example"), "Skriv en e-postadress", "info-at-example"),
                bad("email", f -> with(f, "email", ""), "Skriv organisationens e-postadress", null),
                bad("phone", f -> with(f, "phone", "12"), "Skriv ett telefonnummer", "12"),
                bad("contactName", f -> with(f, "contactName", ""), "Skriv ditt namn", null),
                bad("contactEmail", f -> with(f, "contactEmail", "anna@"), "Skriv en e-postadress", "anna@"),
                bad("contactEmail", f -> with(f, "contactEmail", ""), "Skriv din e-postadress", null));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("badInput")
    void badInputIsShownNextToTheFieldAndEverythingTypedIsKept(
            String field, UnaryOperator<DetailsInput> change, String error, String keptValue) throws Exception {
        var name = unique("Felaktiga foreningen");
        var good = details(name, email("fel"));
        var bad = change.apply(good);
        var page = mvc.perform(form(post("/foreningar/ansok"), bad).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("error-summary")
                .contains(error)
                .contains("href=\"#" + field + "-field\"")
                .contains("id=\"" + field + "-error\"");
        if (!field.equals("name")) {
            assertThat(page).contains("value=\"" + name + "\"");
        }
        if (!field.equals("purpose")) {
            assertThat(page).contains("Promenader och handling varje tisdag.");
        }
        if (keptValue != null) {
            assertThat(page).contains("value=\"" + keptValue.replace("&", "&amp;") + "\"");
        }
        if (!field.equals("districts")) {
            assertThat(page).containsPattern("value=\"stenhamra\"[^>]*checked");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM organisation WHERE name = ?")
                        .param(name)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aTakenNameOrNumberIsAFieldErrorNotAFailure() throws Exception {
        var name = unique("Dubbla föreningen");
        var first = details(name, email("forst"));
        OrganisationFixtures.applied(register, name, first.contactEmail());
        var number = jdbc.sql("SELECT org_number FROM organisation WHERE name = ?")
                .param(name)
                .query(String.class)
                .single();
        var again = with(
                with(details(name.toUpperCase(), email("andra")), "orgNumber", number.replace("-", "")), "name", name);
        var page = mvc.perform(form(post("/foreningar/ansok"), again).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Det finns redan en organisation med det namnet")
                .contains("Det finns redan en organisation med det organisationsnumret");
    }

    @Test
    void aDoubleSubmitAtTheSameMomentSavesOneAndTellsTheOtherPlainly() throws Exception {
        var name = unique("Samtidiga föreningen");
        var details = details(name, email("samtidig"));
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(4);
        var results = new ArrayList<Future<Integer>>();
        for (int i = 0; i < 4; i++) {
            results.add(pool.submit(() -> {
                start.await();
                var response = mvc.perform(
                                form(post("/foreningar/ansok"), details).with(csrf()))
                        .andReturn()
                        .getResponse();
                if (response.getStatus() == 200) {
                    assertThat(response.getContentAsString()).contains("Det finns redan en organisation");
                }
                return response.getStatus();
            }));
        }
        start.countDown();
        var statuses = new ArrayList<Integer>();
        for (var result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();
        assertThat(statuses).containsOnly(302, 200).containsOnlyOnce(302);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM organisation WHERE name = ?")
                        .param(name)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void inEnglishTheFormItsErrorsAndTheMailAreEnglish() throws Exception {
        var english = new jakarta.servlet.http.Cookie("samverka-lang", "en");
        assertThat(mvc.perform(get("/foreningar/ansok").cookie(english))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Apply to take part in Samverka")
                .contains("Non-profit association");
        var name = unique("English Friends");
        var applicant = email("en");
        var bad = with(details(name, applicant), "orgNumber", "802000-1234");
        assertThat(mvc.perform(form(post("/foreningar/ansok"), bad).with(csrf()).cookie(english))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("That is not a valid organisation number");
        mvc.perform(form(post("/foreningar/ansok"), details(name, applicant))
                        .with(csrf())
                        .cookie(english))
                .andExpect(status().is3xxRedirection());
        assertThat(OrganisationFixtures.mailsTo(jdbc, applicant, 1))
                .singleElement()
                .asString()
                .contains("We have received the application for " + name)
                .contains("municipality's coordinators");
    }

    private static Arguments bad(String field, UnaryOperator<DetailsInput> change, String error, String kept) {
        return Arguments.of(field, change, error, kept);
    }

    static DetailsInput with(DetailsInput f, String field, String value) {
        Set<String> set = value == null ? Set.of() : Set.of(value);
        return new DetailsInput(
                field.equals("name") ? value : f.name(),
                field.equals("orgNumber") ? value : f.orgNumber(),
                field.equals("form") ? value : f.form(),
                field.equals("purpose") ? value : f.purpose(),
                field.equals("districts") ? set : f.districts(),
                field.equals("activities") ? set : f.activities(),
                field.equals("website") ? value : f.website(),
                field.equals("email") ? value : f.email(),
                field.equals("phone") ? value : f.phone(),
                field.equals("contactName") ? value : f.contactName(),
                field.equals("contactEmail") ? value : f.contactEmail(),
                null);
    }
}
