package se.samverka.registerimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverka.registerimport.ImportFilesFixtures.orgNumber;
import static se.samverka.registerimport.ImportFilesFixtures.utf8;
import static se.samverka.registerimport.ImportFilesFixtures.withBom;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.samverka.district.District;
import se.samverka.organisation.OrgNumber;

/** Bad and good files, read and checked without Spring: what each row becomes in the preview. */
class SpreadsheetFileTests {

    static final String HEADER = "Namn;Organisationsnummer;E-post;Områden";
    static final List<District> DISTRICTS = List.of(new District("ekero", "Ekerö", 0, 0, 1, java.util.Set.of()));

    static List<StagedRow> associations(String fileName, byte[] bytes) throws SpreadsheetFile.Unreadable {
        var lines = SpreadsheetFile.read(fileName, bytes);
        var cells = Cells.of(ImportKind.ASSOCIATIONS, lines.get(0).cells());
        return AssociationRows.check(
                cells, lines.subList(1, lines.size()), new AssociationRows.Known(Map.of(), Map.of()), DISTRICTS);
    }

    static Stream<Arguments> files() throws Exception {
        var n1 = orgNumber(123456789);
        var n2 = orgNumber(223456789);
        var rows = List.of(
                List.of("Namn", "Organisationsnummer", "E-post"),
                List.of("Ekerö IF", n1, "info@ekeroif.se"),
                List.of("=HYPERLINK(\"http://x\")", n2, "a@b.se"));
        return Stream.of(
                Arguments.of("semicolons", "f.csv", utf8(HEADER + "\nEkerö IF;" + n1 + ";info@ekeroif.se;Ekerö\n"), 1),
                Arguments.of(
                        "commas",
                        "f.csv",
                        utf8("Namn,Organisationsnummer,E-post\n\"Ekerö IF, ungdom\"," + n1 + ",a@b.se\n"),
                        1),
                Arguments.of("BOM", "f.csv", withBom(HEADER + "\r\nEkerö IF;" + n1 + ";a@b.se;\r\n"), 1),
                Arguments.of("empty rows", "f.csv", utf8(HEADER + "\n\n;;;\nEkerö IF;" + n1 + ";a@b.se;\n\n"), 1),
                Arguments.of("xlsx with a formula", "f.xlsx", ImportFilesFixtures.xlsx(rows), 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void readsEveryValidRowOfTheFile(String what, String fileName, byte[] bytes, int valid) throws Exception {
        var staged = associations(fileName, bytes);
        assertThat(staged).hasSize(valid);
        assertThat(staged)
                .allSatisfy(r -> assertThat(r.outcome()).as(r.reason()).isEqualTo(Outcome.NEW));
        assertThat(staged.get(0).name()).startsWith("Ekerö IF");
    }

    @Test
    void aFormulaIsKeptAsTextNeverEvaluated() throws Exception {
        var staged = associations(
                "f.csv",
                utf8(HEADER + "\n=1+1;" + orgNumber(323456789) + ";a@b.se;\n@SUM(A1);" + orgNumber(423456789)
                        + ";c@d.se;\n"));
        assertThat(staged).extracting(StagedRow::name).containsExactly("=1+1", "@SUM(A1)");
        var xlsx = associations(
                "f.xlsx",
                ImportFilesFixtures.xlsx(List.of(
                        List.of("Namn", "Organisationsnummer", "E-post"),
                        List.of("=1+1", orgNumber(523456789), "a@b.se"))));
        assertThat(xlsx.get(0).name()).isEqualTo("=1+1");
        assertThat(se.samverka.shared.CsvTable.withoutFormula(xlsx.get(0).name()))
                .isEqualTo("'=1+1");
    }

    @Test
    void refusesAFileThatIsNotUtf8() {
        var latin1 =
                (HEADER + "\nÅkersberga förening;" + orgNumber(1) + ";a@b.se;\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> SpreadsheetFile.read("f.csv", latin1))
                .isInstanceOfSatisfying(
                        SpreadsheetFile.Unreadable.class, e -> assertThat(e.key).isEqualTo("encoding"));
    }

    @Test
    void refusesEmptyAndOldExcelFilesAndNamesAMissingColumn() {
        assertThatThrownBy(() -> SpreadsheetFile.read("f.csv", new byte[0]))
                .isInstanceOfSatisfying(
                        SpreadsheetFile.Unreadable.class, e -> assertThat(e.key).isEqualTo("empty"));
        assertThatThrownBy(() -> SpreadsheetFile.read("f.xls", utf8("x")))
                .isInstanceOfSatisfying(
                        SpreadsheetFile.Unreadable.class, e -> assertThat(e.key).isEqualTo("oldExcel"));
        assertThatThrownBy(() -> associations("f.csv", utf8("Namn;E-post\nA;a@b.se\n")))
                .isInstanceOfSatisfying(SpreadsheetFile.Unreadable.class, e -> {
                    assertThat(e.key).isEqualTo("missingColumn");
                    assertThat(e.arg).isEqualTo("Organisationsnummer");
                });
    }

    @Test
    void findsBadNumbersUnknownDistrictsAndDuplicatesWithinTheFile() throws Exception {
        var good = orgNumber(623456789);
        var badCheckDigit = good.substring(0, 10) + (char) ('0' + (good.charAt(10) - '0' + 1) % 10);
        var staged = associations(
                "f.csv",
                utf8(HEADER + "\nA;" + good + ";a@b.se;\nB;" + badCheckDigit + ";b@b.se;\nC;" + good.replace("-", "")
                        + ";c@b.se;\nA;" + orgNumber(723456789) + ";d@b.se;\nD;" + orgNumber(823456789)
                        + ";d@b.se;Atlantis\nE;" + orgNumber(923456789) + ";inte-en-adress;\n"));
        assertThat(staged)
                .extracting(StagedRow::outcome, StagedRow::reason, StagedRow::reasonArg)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Outcome.NEW, null, null),
                        org.assertj.core.groups.Tuple.tuple(Outcome.ERROR, "orgNumber", badCheckDigit),
                        org.assertj.core.groups.Tuple.tuple(Outcome.DUPLICATE, "duplicateNumber", "2"),
                        org.assertj.core.groups.Tuple.tuple(Outcome.DUPLICATE, "duplicateName", "2"),
                        org.assertj.core.groups.Tuple.tuple(Outcome.ERROR, "district", "Atlantis"),
                        org.assertj.core.groups.Tuple.tuple(Outcome.ERROR, "email", "inte-en-adress"));
    }

    @Test
    void aKnownNumberIsAnUpdateAndAnotherAssociationsNameAnError() throws Exception {
        var known = orgNumber(111111111);
        var id = UUID.randomUUID();
        var lines = SpreadsheetFile.read(
                "f.csv",
                utf8(HEADER + "\nNytt namn;" + known + ";a@b.se;\nUpptaget;" + orgNumber(222222222) + ";b@b.se;\n"));
        var staged = AssociationRows.check(
                Cells.of(ImportKind.ASSOCIATIONS, lines.get(0).cells()),
                lines.subList(1, lines.size()),
                new AssociationRows.Known(Map.of(known, id), Map.of("upptaget", UUID.randomUUID())),
                DISTRICTS);
        assertThat(staged.get(0).outcome()).isEqualTo(Outcome.UPDATE);
        assertThat(staged.get(0).targetId()).isEqualTo(id);
        assertThat(staged.get(1).outcome()).isEqualTo(Outcome.ERROR);
        assertThat(staged.get(1).reason()).isEqualTo("nameTaken");
    }

    @Test
    void theFixtureMakesValidNumbers() {
        for (long i = 0; i < 50; i++) {
            assertThat(OrgNumber.parse(orgNumber(i * 7919 + 100_000_000L)).value())
                    .hasSize(11);
        }
    }

    @Test
    void volunteerDuplicatesByAddressOrNumberWithinTheFile() throws Exception {
        var lines = SpreadsheetFile.read(
                "v.csv",
                utf8("Namn,E-post,Mobilnummer,Språk\nAnna,anna@x.se,070-123 45 67,sv\nAnna igen,ANNA@x.se,0709876543,\n"
                        + "Bo,bo@x.se,+46701234567,en\nCia,cia@x.se,08-123 456,\nDan,dan@x.se,0701112233,klingon\n"));
        var staged = VolunteerRows.check(
                Cells.of(ImportKind.VOLUNTEERS, lines.get(0).cells()), lines.subList(1, lines.size()), DISTRICTS);
        assertThat(staged)
                .extracting(StagedRow::outcome, StagedRow::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Outcome.NEW, null),
                        org.assertj.core.groups.Tuple.tuple(Outcome.DUPLICATE, "duplicateInFile"),
                        org.assertj.core.groups.Tuple.tuple(Outcome.DUPLICATE, "duplicateInFile"),
                        org.assertj.core.groups.Tuple.tuple(Outcome.ERROR, "mobile"),
                        org.assertj.core.groups.Tuple.tuple(Outcome.ERROR, "language"));
        var against = VolunteerRows.against(staged, java.util.Set.of("+46701234567"));
        assertThat(against.get(0).reason()).isEqualTo("inRegister");
    }

    @Test
    void aNumberWithoutHyphenIsTheSameNumber() throws Exception {
        var n = orgNumber(333444555);
        var staged = associations(
                "f.csv",
                utf8("Namn;Organisationsnummer;Organisationsform;E-post;Telefon;Områden\nA;" + n
                        + ";Stiftelse;a@b.se;08-123 456 78;Ekerö\n;;;;;\n=HYPERLINK(\"http://x\") b;"
                        + n.replace("-", "")
                        + ";;x@example.org;;\n"));
        assertThat(staged)
                .extracting(StagedRow::outcome, StagedRow::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Outcome.NEW, null),
                        org.assertj.core.groups.Tuple.tuple(Outcome.DUPLICATE, "duplicateNumber"));
    }
}
