package se.samverka.shared;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A list exported for a spreadsheet, in the form Swedish Excel opens correctly: semicolons between cells, UTF-8
 * with a byte-order mark, CRLF line ends, quotes where a cell needs them, and a cell that starts with = + - @ (or a
 * tab or carriage return) prefixed with an apostrophe so that it is never run as a formula.
 *
 * @param header the column titles
 * @param rows the rows, each as long as the header; null cells are written empty
 */
public record CsvTable(List<String> header, List<List<String>> rows) {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    public CsvTable {
        header = List.copyOf(header);
        int width = header.size();
        rows = rows.stream()
                .map(row -> {
                    if (row.size() != width) {
                        throw new IllegalArgumentException("a row has " + row.size() + " cells, the header " + width);
                    }
                    return Collections.unmodifiableList(new ArrayList<>(row));
                })
                .toList();
    }

    /** The file's bytes. */
    public byte[] toBytes() {
        var text = new StringBuilder();
        line(text, header);
        rows.forEach(row -> line(text, row));
        var out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void line(StringBuilder text, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(';');
            }
            text.append(cell(cells.get(i)));
        }
        text.append("\r\n");
    }

    /** One cell, escaped against formula injection and quoted when it holds a separator, quote or line break. */
    static String cell(String value) {
        String v = withoutFormula(value);
        if (v.indexOf(';') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            v = '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    /**
     * The value as a spreadsheet shows it without running it: a leading {@code = + - @}, tab or carriage return
     * gets an apostrophe in front. For the XLSX export too, so both files say the same.
     */
    public static String withoutFormula(String value) {
        String v = Objects.requireNonNullElse(value, "");
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return v;
    }
}
