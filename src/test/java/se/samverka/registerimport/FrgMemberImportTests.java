package se.samverka.registerimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.registerimport.ImportFilesFixtures.utf8;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.TestVolunteer;
import se.samverka.resourcegroup.GroupKind;
import se.samverka.resourcegroup.Member;
import se.samverka.resourcegroup.ResourceGroups;

/**
 * Members of resource groups from a file: every outcome of the preview with its reason, nothing written before the
 * confirmation, the job writing all rows or none, and the same file as CSV with commas and as XLSX.
 */
@IntegrationTest
class FrgMemberImportTests {

    static final String HEADER = "Grupp;E-post;Mobilnummer;Namn;Roll;Utbildning;Genomförd;Giltig till\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    RegisterImports imports;

    @Autowired
    ResourceGroups groups;

    @Autowired
    JdbcClient jdbc;

    static String mobile() {
        return "+4670" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
    }

    static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    TestVolunteer.Created volunteer(String name, String tag) {
        return TestVolunteer.named(name)
                .email(name.toLowerCase().replace(' ', '.') + "-" + tag + "@example.org")
                .phone(mobile())
                .insert(jdbc);
    }

    UUID group(String name) {
        return groups.create(name, GroupKind.FRG, null, "test");
    }

    UUID upload(String fileName, byte[] file) throws Exception {
        var location = mvc.perform(post("/admin/import")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf())
                        .contentType("multipart/form-data; boundary=b0undary")
                        .content(ImportFilesFixtures.multipart("b0undary", "frg-medlemmar", fileName, file)))
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

    ImportStatus confirmAndWait(UUID id) throws Exception {
        mvc.perform(post("/admin/import/" + id + "/bekrafta")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        await().atMost(Duration.ofSeconds(60))
                .until(() -> imports.find(id).orElseThrow().status().finished());
        return imports.find(id).orElseThrow().status();
    }

    Map<Integer, StagedRow> rows(UUID id) {
        return imports.rows(id, null, 0, 10_000).stream()
                .collect(Collectors.toMap(StagedRow::line, Function.identity()));
    }

    Map<UUID, Member> members(UUID groupId) {
        return groups.members(groupId).stream().collect(Collectors.toMap(Member::volunteerId, Function.identity()));
    }

    @Test
    void previewMarksEveryRowWritesNothingAndTheConfirmedImportAddsTheMembers() throws Exception {
        var tag = tag();
        var groupName = "FRG Import " + tag;
        var groupId = group(groupName);
        var anna = volunteer("Anna Frgimport", tag);
        var bo = volunteer("Bo Frgimport", tag);
        var cecilia = volunteer("Cecilia Frgimport", tag);
        var david = volunteer("David Frgimport", tag);
        var erik = volunteer("Erik Frgimport", tag);
        jdbc.sql("UPDATE volunteer SET email_confirmed_at = NULL WHERE id = ?")
                .param(erik.id())
                .update();
        groups.addMember(groupId, cecilia.id(), "test");
        groups.addTraining(
                groupId, cecilia.id(), "FRG grundutbildning", LocalDate.of(2024, 1, 10), LocalDate.of(2027, 1, 10));
        groups.addMember(groupId, david.id(), "test");
        var future = LocalDate.now().plusDays(5);
        var bosMobile = "0" + bo.phone().substring(3, 5) + "-" + bo.phone().substring(5);
        var file = HEADER
                + groupName + ";" + anna.email().toUpperCase() + ";;Anna;ledare;FRG grundutbildning;2024-03-14;"
                + "2027-03-14\n" // 2 new, found whatever the case
                + groupName.toLowerCase() + ";;" + bosMobile + ";;;;;\n" // 3 new, by mobile number only
                + groupName + ";" + anna.email() + ";;;medlem;;;\n" // 4 duplicate in the file
                + groupName + ";" + cecilia.email() + ";;;;FRG grundutbildning;2024-01-10;2027-01-10\n" // 5 in the DB
                + groupName + ";" + david.email() + ";;;Ledare;;;\n" // 6 update: becomes leader
                + "Okänd grupp " + tag + ";" + anna.email() + ";;;;;;\n" // 7
                + groupName + ";nobody-" + tag + "@example.org;;Nobody;;;;\n" // 8 not a volunteer
                + groupName + ";" + erik.email() + ";;;;;;\n" // 9 never confirmed
                + groupName + ";" + cecilia.email() + ";;;;Sjukvård;14/03/2024;;\n" // 10
                + groupName + ";" + cecilia.email() + ";;;;Sjukvård;2024-03-14;2023-01-01\n" // 11
                + groupName + ";" + cecilia.email() + ";;;chef;;;\n" // 12
                + groupName + ";" + cecilia.email() + ";;;;Sjukvård;" + future + ";\n" // 13
                + groupName + ";;;Utan kontakt;;;;\n"; // 14

        var id = upload("frg.csv", ImportFilesFixtures.withBom(file));

        var rows = rows(id);
        assertThat(rows).hasSize(13);
        assertThat(rows.values())
                .extracting(r -> r.line() + " " + r.outcome() + " " + r.reason())
                .containsExactlyInAnyOrder(
                        "2 NEW null",
                        "3 NEW null",
                        "4 DUPLICATE memberInFile",
                        "5 DUPLICATE alreadyMember",
                        "6 UPDATE memberChanges",
                        "7 ERROR unknownGroup",
                        "8 ERROR notVolunteer",
                        "9 ERROR notConfirmed",
                        "10 ERROR date",
                        "11 ERROR expiresBeforeTrained",
                        "12 ERROR role",
                        "13 ERROR trainedInFuture",
                        "14 ERROR noContact");
        assertThat(rows.get(2).targetId()).isEqualTo(anna.id());
        assertThat(rows.get(3).targetId()).isEqualTo(bo.id());
        assertThat(rows.get(3).name())
                .as("the register's name when the file has none")
                .isEqualTo(bo.name());
        assertThat(rows.get(4).reasonArg()).isEqualTo("2");
        assertThat(rows.get(7).reasonArg()).isEqualTo("Okänd grupp " + tag);
        assertThat(page("/admin/import/" + id))
                .contains("2 nya", "1 uppdateras", "2 dubbletter", "8 med fel")
                .contains("finns inte i volontärregistret. Importera personen som volontär först")
                .contains("Det finns ingen grupp som heter &quot;Okänd grupp " + tag)
                .contains("har inte bekräftat sin registrering")
                .contains("Samma person i samma grupp som rad 2")
                .contains("FRG grundutbildning, 2024-03-14 – 2027-03-14, Ledare");
        assertThat(members(groupId))
                .as("nothing written before the confirmation")
                .containsOnlyKeys(cecilia.id(), david.id());
        assertThat(members(groupId).get(david.id()).leader()).isFalse();

        assertThat(confirmAndWait(id)).isEqualTo(ImportStatus.DONE);

        var after = members(groupId);
        assertThat(after).containsOnlyKeys(anna.id(), bo.id(), cecilia.id(), david.id());
        assertThat(after.get(anna.id()).leader()).isTrue();
        assertThat(after.get(anna.id()).trainings()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("FRG grundutbildning");
            assertThat(t.takenOn()).isEqualTo(LocalDate.of(2024, 3, 14));
            assertThat(t.expiresOn()).isEqualTo(LocalDate.of(2027, 3, 14));
        });
        assertThat(after.get(bo.id()).leader()).isFalse();
        assertThat(after.get(david.id()).leader()).isTrue();
        assertThat(after.get(cecilia.id()).trainings()).hasSize(1);
        assertThat(groups.members(groupId)).noneMatch(m -> m.volunteerId().equals(erik.id()));
        assertThat(imports.find(id).orElseThrow().processed()).isEqualTo(3);

        var report = mvc.perform(get("/admin/import/" + id + "/rapport")
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(report)
                .contains("Rad;Utfall;Skäl;Resultat;Namn;Grupp;E-post;Telefon;Roll;Utbildning;Genomförd;Giltig till")
                .contains("Tillagd i gruppen;Anna;" + groupName + ";" + anna.email() + ";;Ledare;FRG grundutbildning;"
                        + "2024-03-14;2027-03-14")
                .contains("Uppdaterad");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE subject_id IN (?, ?, ?) AND purpose = ?")
                        .params(anna.id(), bo.id(), david.id(), RegisterImports.PURPOSE)
                        .query(Integer.class)
                        .single())
                .as("each member added or changed is audited")
                .isEqualTo(3);
    }

    @Test
    void commasAndEnglishHeadersAndXlsxWithAnExcelDateAreReadAlike() throws Exception {
        var tag = tag();
        var groupName = "FRG Xlsx " + tag;
        var groupId = group(groupName);
        var anna = volunteer("Anna Xlsx", tag);
        var bo = volunteer("Bo Xlsx", tag);

        var csv = "Group,E-mail,Mobile,Name,Role,Training,Completed,Expires\n" + groupId + "," + anna.email()
                + ",,,leader,First aid,2025-01-31,\n";
        var fromCsv = rows(upload("frg-comma.csv", utf8(csv)));
        assertThat(fromCsv.get(2).outcome()).as("a group named by its id").isEqualTo(Outcome.NEW);
        assertThat(fromCsv.get(2).member().leader()).isTrue();
        assertThat(fromCsv.get(2).member().trainedOn()).isEqualTo(LocalDate.of(2025, 1, 31));

        var xlsx = ImportFilesFixtures.xlsx(List.of(
                List.of("Group", "E-mail", "Name", "Training", "Completed", "Expires"),
                List.of(groupName, bo.email(), "Bo", "FRG grundutbildning", "45365", "2027-03-14"),
                List.of(groupName, bo.email(), "Bo", "FRG", "2024-02-30", "")));
        var fromXlsx = rows(upload("frg.xlsx", xlsx));
        assertThat(fromXlsx.get(2).outcome()).isEqualTo(Outcome.NEW);
        assertThat(fromXlsx.get(2).member().trainedOn())
                .as("Excel's serial number of 14 March 2024")
                .isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(fromXlsx.get(3).outcome()).isEqualTo(Outcome.ERROR);
        assertThat(fromXlsx.get(3).reason()).isEqualTo("date");
    }

    @Test
    void aFailureInTheJobWritesNoMemberAtAll() throws Exception {
        var tag = tag();
        var first = group("FRG Allt " + tag);
        var gone = group("FRG Borta " + tag);
        var file = new StringBuilder(HEADER);
        for (int i = 0; i < ImportRun.CHUNK + 10; i++) {
            file.append("FRG Allt ")
                    .append(tag)
                    .append(';')
                    .append(volunteer("Person" + i + " Allt", tag).email())
                    .append(";;;;;;\n");
        }
        file.append("FRG Borta ")
                .append(tag)
                .append(';')
                .append(volunteer("Sist Allt", tag).email())
                .append(";;;;;;\n");
        var id = upload("frg-allt.csv", utf8(file.toString()));
        assertThat(imports.find(id).orElseThrow().counts()).containsEntry(Outcome.NEW, ImportRun.CHUNK + 11);
        // after the preview the last row's group is deleted: its insert fails after the first chunk was written
        jdbc.sql("DELETE FROM resource_group WHERE id = ?").param(gone).update();

        assertThat(confirmAndWait(id)).isEqualTo(ImportStatus.FAILED);

        assertThat(groups.members(first)).as("not even the first chunk").isEmpty();
        assertThat(page("/admin/import/" + id)).contains("ingenting sparades");
    }

    @Test
    void theUploadPageOffersTheKindWithItsTemplateAndColumns() throws Exception {
        assertThat(page("/admin/import"))
                .contains("value=\"frg-medlemmar\"")
                .contains("/admin/import/mall/frg-medlemmar")
                .contains("Medlemmar i resursgrupper (FRG)")
                .contains("FRG Ekerö;anna@example.se;070-123 45 67;Anna Lindqvist;ledare;");
        var template = mvc.perform(get("/admin/import/mall/frg-medlemmar")
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(template).contains("Grupp;E-post;Mobilnummer;Namn;Roll;Utbildning;Genomförd;Giltig till");
    }
}
