package se.samverka.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTests {

    @Test
    void startsWithAByteOrderMarkAndEndsLinesWithCrLf() {
        var bytes = new CsvTable(List.of("a", "b"), List.of(List.of("1", "2"))).toBytes();

        assertThat(Arrays.copyOfRange(bytes, 0, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("a;b\r\n1;2\r\n");
    }

    @Test
    void quotesCellsWithSeparatorsQuotesAndLineBreaks() {
        var table = new CsvTable(
                List.of("text"),
                List.of(List.of("a;b"), List.of("säger \"hej\""), List.of("rad 1\nrad 2"), List.of("vanlig")));
        var text = new String(table.toBytes(), StandardCharsets.UTF_8).substring(1);

        assertThat(text).isEqualTo("text\r\n\"a;b\"\r\n\"säger \"\"hej\"\"\"\r\n\"rad 1\nrad 2\"\r\nvanlig\r\n");
        assertThat(SemicolonCsv.parse(table.toBytes()))
                .containsExactly(
                        List.of("text"),
                        List.of("a;b"),
                        List.of("säger \"hej\""),
                        List.of("rad 1\nrad 2"),
                        List.of("vanlig"));
    }

    @Test
    void escapesEveryCellThatASpreadsheetWouldRunAsAFormula() {
        var hostile = List.of("=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx");
        var rows = hostile.stream().map(List::of).toList();

        var parsed = SemicolonCsv.parse(new CsvTable(List.of("cell"), rows).toBytes());

        assertThat(parsed.subList(1, parsed.size()))
                .extracting(row -> row.get(0))
                .containsExactly("'=HYPERLINK(\"http://x\")", "'+1", "'-2", "'@SUM(A1)", "'\tx", "'\rx");
        assertThat(CsvTable.cell("a=b")).isEqualTo("a=b");
        assertThat(CsvTable.cell("1-2")).isEqualTo("1-2");
    }

    @Test
    void keepsSwedishCharactersInUtf8() {
        var bytes = new CsvTable(List.of("Område"), List.of(List.of("Ekerö åäö ÅÄÖ é"))).toBytes();

        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("Ekerö åäö ÅÄÖ é");
        assertThat(SemicolonCsv.parse(bytes)).containsExactly(List.of("Område"), List.of("Ekerö åäö ÅÄÖ é"));
    }

    @Test
    void writesNullAsAnEmptyCellAndRefusesRowsOfTheWrongWidth() {
        var cells = new ArrayList<String>();
        cells.add(null);
        cells.add("x");

        assertThat(SemicolonCsv.parse(new CsvTable(List.of("a", "b"), List.of(cells)).toBytes()))
                .containsExactly(List.of("a", "b"), List.of("", "x"));
        assertThatThrownBy(() -> new CsvTable(List.of("a", "b"), List.of(List.of("1"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
