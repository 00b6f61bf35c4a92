package se.samverka.shared;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small RFC 4180 reader with semicolons for the tests: quoted cells may hold semicolons, doubled quotes and line
 * breaks; a leading UTF-8 byte-order mark is required, as Excel needs it.
 */
public final class SemicolonCsv {

    private SemicolonCsv() {}

    /** The rows of the file, header first. Fails when the byte-order mark is missing or a quote is left open. */
    public static List<List<String>> parse(byte[] bytes) {
        if (bytes.length < 3 || bytes[0] != (byte) 0xEF || bytes[1] != (byte) 0xBB || bytes[2] != (byte) 0xBF) {
            throw new IllegalArgumentException("no UTF-8 byte-order mark");
        }
        var text = new String(Arrays.copyOfRange(bytes, 3, bytes.length), StandardCharsets.UTF_8);
        var rows = new ArrayList<List<String>>();
        var row = new ArrayList<String>();
        var cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
                continue;
            }
            any = true;
            switch (c) {
                case '"' -> quoted = true;
                case ';' -> {
                    row.add(cell.toString());
                    cell.setLength(0);
                }
                case '\r' -> {
                    if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                        throw new IllegalArgumentException("a bare carriage return at " + i);
                    }
                }
                case '\n' -> {
                    row.add(cell.toString());
                    cell.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                    any = false;
                }
                default -> cell.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a quote is left open");
        }
        if (any || cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
