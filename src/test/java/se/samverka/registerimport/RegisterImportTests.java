package se.samverka.registerimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.registerimport.ImportFilesFixtures.orgNumber;
import static se.samverka.registerimport.ImportFilesFixtures.utf8;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverka.IntegrationTest;
import se.samverka.organisation.OrgNumber;
import se.samverka.organisation.OrganisationForm;
import se.samverka.organisation.OrganisationImport;

/**
 * Associations through the pages: the upload (a real multipart body), the preview, the confirmation, the background
 * job and the report; nothing is written before the confirmation, and a failure mid-import writes nothing.
 */
@IntegrationTest
class RegisterImportTests {

    static final Duration WAIT = Duration.ofSeconds(60);
    static final String HEADER = "Namn;Organisationsnummer;Organisationsform;E-post;Telefon;Områden\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    RegisterImports imports;

    @Autowired
    OrganisationImport organisations;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    UUID upload(String slug, String fileName, byte[] file) throws Exception {
        var location = mvc.perform(post("/admin/import")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf())
                        .contentType("multipart/form-data; boundary=b0undary")
                        .content(ImportFilesFixtures.multipart("b0undary", slug, fileName, file)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    String page(String url) throws Exception {
        return mvc.perform(get(url).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    void confirm(UUID id) throws Exception {
        mvc.perform(post("/admin/import/" + id + "/bekrafta")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    ImportStatus finished(UUID id) {
        await().atMost(WAIT).until(() -> imports.find(id).orElseThrow().status().finished());
        return imports.find(id).orElseThrow().status();
    }

    int organisationsWith(List<String> numbers) {
        return organisations.idsByNumber(numbers).size();
    }

    @Test
    void previewsWithoutWritingThenImportsOnConfirmAndReportsEveryRow() throws Exception {
        var base = ImportFilesFixtures.randomBase();
        var known = orgNumber(base);
        var tag = Long.toString(base);
        transaction.executeWithoutResult(s -> organisations.save(
                List.of(new OrganisationImport.Imported(
                        "Känd förening " + tag,
                        new OrgNumber(known),
                        OrganisationForm.IDEELL_FORENING,
                        "Hjälp",
                        Set.of(),
                        null,
                        "kand" + tag + "@example.org",
                        null)),
                Map.of(),
                "test"));
        var fresh = orgNumber(base + 1);
        var file = HEADER
                + "Ny förening " + tag + ";" + fresh + ";Stiftelse;ny" + tag
                + "@example.org;08-123 456 78;Ekerö centrum\n"
                + ";;;;;\n"
                + "Känd förening nytt namn " + tag + ";" + known + ";;kand" + tag + "@example.org;;\n"
                + "=HYPERLINK(\"http://x\") " + tag + ";" + fresh.replace("-", "") + ";;x@example.org;;\n"
                + "Fel nummer " + tag + ";" + fresh.substring(0, 10) + ((fresh.charAt(10) - '0' + 1) % 10)
                + ";;y@example.org;;\n";
        var id = upload("foreningar", "foreningar.csv", ImportFilesFixtures.withBom(file));

        var summary = imports.find(id).orElseThrow();
        assertThat(summary.counts())
                .containsEntry(Outcome.NEW, 1)
                .containsEntry(Outcome.UPDATE, 1)
                .containsEntry(Outcome.DUPLICATE, 1)
                .containsEntry(Outcome.ERROR, 1);
        assertThat(organisationsWith(List.of(fresh)))
                .as("nothing written before the confirmation")
                .isZero();
        assertThat(page("/admin/import/" + id))
                .contains("1 nya")
                .contains("Samma organisationsnummer som rad 2")
                .contains("är inte giltigt")
                .contains("=HYPERLINK(&quot;http://x&quot;)");
        assertThat(page("/admin/import/" + id + "?utfall=ERROR"))
                .contains("Fel nummer")
                .doesNotContain("Ny förening");

        confirm(id);
        assertThat(finished(id)).isEqualTo(ImportStatus.DONE);
        assertThat(organisationsWith(List.of(fresh, known))).isEqualTo(2);
        assertThat(organisations.idsByName(List.of("Känd förening nytt namn " + tag)))
                .hasSize(1);

        var report = mvc.perform(get("/admin/import/" + id + "/rapport")
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(report).startsWith(0xEF, 0xBB, 0xBF);
        var text = new String(report, StandardCharsets.UTF_8);
        assertThat(text)
                .contains("Rad;Utfall;Skäl;Resultat")
                .contains("Sparad")
                .contains("Uppdaterad")
                .contains("'=HYPERLINK");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE subject_id = ? AND purpose = 'register-import'")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .as("upload, confirm and download audited")
                .isEqualTo(3);
    }

    @Test
    void aFailureMidImportWritesNothing() throws Exception {
        var base = ImportFilesFixtures.randomBase();
        var numbers = new ArrayList<String>();
        var file = new StringBuilder(HEADER);
        for (int i = 0; i < 600; i++) {
            numbers.add(orgNumber(base + i));
            file.append("Förening ")
                    .append(base)
                    .append('-')
                    .append(i)
                    .append(';')
                    .append(numbers.get(i))
                    .append(";;f")
                    .append(base)
                    .append('-')
                    .append(i)
                    .append("@example.org;;\n");
        }
        var id = upload("foreningar", "many.csv", utf8(file.toString()));
        assertThat(imports.find(id).orElseThrow().counts()).containsEntry(Outcome.NEW, 600);
        // after the preview someone else registers row 400's name: its insert fails on the unique name
        transaction.executeWithoutResult(s -> organisations.save(
                List.of(new OrganisationImport.Imported(
                        "Förening " + base + "-400",
                        new OrgNumber(orgNumber(base + 5000)),
                        OrganisationForm.IDEELL_FORENING,
                        "",
                        Set.of(),
                        null,
                        "other@example.org",
                        null)),
                Map.of(),
                "test"));

        confirm(id);

        assertThat(finished(id)).isEqualTo(ImportStatus.FAILED);
        assertThat(organisationsWith(numbers))
                .as("none of the 600, not even the first chunks")
                .isZero();
        assertThat(page("/admin/import/" + id)).contains("ingenting sparades");
    }

    @Test
    void countsTenThousandRowsCorrectly() throws Exception {
        var base = ImportFilesFixtures.randomBase();
        var file = new StringBuilder("Namn,Organisationsnummer,E-post\n");
        for (int i = 0; i < 10_000; i++) {
            var number = i % 1000 == 999 ? orgNumber(base + i - 1) : orgNumber(base + i);
            file.append("F ")
                    .append(base)
                    .append('-')
                    .append(i)
                    .append(',')
                    .append(number)
                    .append(",t")
                    .append(i)
                    .append("@example.org\n");
        }
        var id = upload("foreningar", "tiotusen.csv", utf8(file.toString()));
        var summary = imports.find(id).orElseThrow();
        assertThat(summary.rowCount()).isEqualTo(10_000);
        assertThat(summary.counts()).containsEntry(Outcome.NEW, 9_990).containsEntry(Outcome.DUPLICATE, 10);
        assertThat(page("/admin/import/" + id + "?sida=400")).contains("Sida 400 av 400");
        confirm(id);
        assertThat(finished(id)).isEqualTo(ImportStatus.DONE);
        assertThat(imports.find(id).orElseThrow().processed()).isEqualTo(9_990);
    }

    @Test
    void aFileThatIsNotUtf8GetsAClearFieldError() throws Exception {
        var latin1 = (HEADER + "Åsa förening;" + orgNumber(1) + ";;a@b.se;;\n").getBytes(StandardCharsets.ISO_8859_1);
        var html = mvc.perform(post("/admin/import")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf())
                        .contentType("multipart/form-data; boundary=b0undary")
                        .content(ImportFilesFixtures.multipart("b0undary", "foreningar", "latin1.csv", latin1)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html)
                .contains("error-summary")
                .contains("inte sparad som UTF-8")
                .contains("CSV UTF-8");
        var none = mvc.perform(post("/admin/import")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf())
                        .contentType("multipart/form-data; boundary=b0undary")
                        .content(ImportFilesFixtures.multipart("b0undary", null, "", new byte[0])))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(none).contains("Välj om filen innehåller").contains("Välj en fil");
    }

    @Test
    void onlyAdministratorsImportAndTheTemplatesNameTheColumns() throws Exception {
        mvc.perform(get("/admin/import").with(user("samordnare").roles("COORDINATOR")))
                .andExpect(status().isForbidden());
        var template = mvc.perform(
                        get("/admin/import/mall/foreningar").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(template).contains("Namn;Organisationsnummer;Organisationsform;E-post");
        assertThat(page("/admin/import")).contains("/admin/import/mall/volontarer");
    }
}
