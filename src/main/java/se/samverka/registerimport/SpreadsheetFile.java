package se.samverka.registerimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * The rows of an uploaded file, each a list of cell texts, the header first: CSV (UTF-8 with or without Excel's
 * byte-order mark, semicolons or commas, whichever the header line uses) or XLSX (the first sheet). Every cell is
 * text: a formula in an XLSX cell is read as its formula text, never evaluated. Empty rows are left out; each kept
 * row remembers its line in the file.
 */
final class SpreadsheetFile {

    /** A row and its line number in the file (the header is line 1). */
    record Line(int number, List<String> cells) {}

    /** The file cannot be read; the message key says why, in words for the person who uploaded it. */
    static final class Unreadable extends Exception {
        final String key;
        final String arg;

        Unreadable(String key) {
            this(key, null);
        }

        Unreadable(String key, String arg) {
            super(key, null, false, false);
            this.key = key;
            this.arg = arg;
        }
    }

    static final int MAX_ROWS = 50_000;

    private SpreadsheetFile() {}

    static List<Line> read(String fileName, byte[] bytes) throws Unreadable {
        if (bytes == null || bytes.length == 0) {
            throw new Unreadable("empty");
        }
        var name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        // the header checks want at least 8 bytes (and throw on fewer)
        var longEnough = bytes.length >= 8;
        if (longEnough && ReadableWorkbook.isOOXMLZipHeader(bytes)) {
            return xlsx(bytes);
        }
        if ((longEnough && ReadableWorkbook.isOLE2Header(bytes)) || name.endsWith(".xls")) {
            throw new Unreadable("oldExcel");
        }
        return csv(utf8(bytes));
    }

    /** Decodes strictly: a file saved as Windows-1252 or Latin-1 is refused, not read with broken letters. */
    static String utf8(byte[] bytes) throws Unreadable {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3
                : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable("encoding");
        }
    }

    /** The separator the header line uses most: semicolon (Swedish Excel) or comma. */
    static char separator(String text) {
        int end = text.indexOf('\n');
        var header = end < 0 ? text : text.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons >= commas ? ';' : ',';
    }

    private static List<Line> csv(String text) throws Unreadable {
        var format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(separator(text))
                .setIgnoreEmptyLines(false)
                .setTrim(true)
                .get();
        var lines = new ArrayList<Line>();
        try (var parser = format.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                var cells = new ArrayList<String>(record.size());
                record.forEach(cells::add);
                add(lines, (int) record.getRecordNumber(), cells);
            }
        } catch (TooLong e) {
            throw new Unreadable("tooLong");
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new Unreadable("csv");
        }
        return lines;
    }

    private static List<Line> xlsx(byte[] bytes) throws Unreadable {
        var lines = new ArrayList<Line>();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes));
                var rows = workbook.getFirstSheet().openStream()) {
            var iterator = rows.iterator();
            while (iterator.hasNext()) {
                var row = iterator.next();
                var cells = new ArrayList<String>(row.getCellCount());
                for (int i = 0; i < row.getCellCount(); i++) {
                    var cell = row.getCell(i);
                    if (cell == null) {
                        cells.add("");
                    } else if (cell.getType() == CellType.FORMULA) {
                        cells.add(("=" + cell.getFormula()).strip());
                    } else {
                        cells.add(cell.getText() == null ? "" : cell.getText().strip());
                    }
                }
                add(lines, row.getRowNum(), cells);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof TooLong) {
                throw new Unreadable("tooLong");
            }
            throw new Unreadable("xlsx");
        }
        return lines;
    }

    private static final class TooLong extends RuntimeException {
        TooLong() {
            super(null, null, false, false);
        }
    }

    private static void add(List<Line> lines, int number, List<String> cells) {
        if (cells.stream().allMatch(String::isBlank)) {
            return;
        }
        if (lines.size() > MAX_ROWS) {
            throw new TooLong();
        }
        lines.add(new Line(number, List.copyOf(cells)));
    }
}
