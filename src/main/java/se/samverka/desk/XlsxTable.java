package se.samverka.desk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import se.samverka.shared.CsvTable;

/**
 * One sheet of text cells with a bold, frozen header row, written by FastExcel. Cells that look like a formula are
 * escaped as in the CSV export, so a name such as "=HYPERLINK(...)" is only ever text.
 */
final class XlsxTable {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private XlsxTable() {}

    static byte[] toBytes(String sheetName, List<String> header, List<List<String>> rows) {
        var out = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(out, "Samverka", "1.0");
            var sheet = workbook.newWorksheet(sheetName);
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, CsvTable.withoutFormula(header.get(c)));
                sheet.style(0, c).bold().set();
            }
            sheet.freezePane(0, 1);
            for (int r = 0; r < rows.size(); r++) {
                var row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    sheet.value(r + 1, c, CsvTable.withoutFormula(row.get(c)));
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
