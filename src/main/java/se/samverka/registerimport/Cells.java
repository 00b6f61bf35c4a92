package se.samverka.registerimport;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.samverka.district.District;

/** The header of a file matched to a kind's columns, and the cell reading the row checks share. */
final class Cells {

    private final Map<ImportKind.Column, Integer> index;

    private Cells(Map<ImportKind.Column, Integer> index) {
        this.index = index;
    }

    /** Finds each column by its header; throws when a required one is missing (the message names it). */
    static Cells of(ImportKind kind, List<String> header) throws SpreadsheetFile.Unreadable {
        var index = new EnumMap<ImportKind.Column, Integer>(ImportKind.Column.class);
        for (var column : kind.columns) {
            for (int i = 0; i < header.size(); i++) {
                if (column.matches(header.get(i))) {
                    index.put(column, i);
                    break;
                }
            }
            if (column.required && !index.containsKey(column)) {
                throw new SpreadsheetFile.Unreadable("missingColumn", column.header);
            }
        }
        return new Cells(index);
    }

    /** The cell's text, stripped; empty when the row is shorter or the file has no such column. */
    String get(List<String> row, ImportKind.Column column) {
        var i = index.get(column);
        return i == null || i >= row.size() || row.get(i) == null
                ? ""
                : row.get(i).strip();
    }

    /** The row as the file said it, for the preview of a row that will not be imported. */
    static String raw(List<String> row) {
        var text = String.join(" | ", row);
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    /**
     * District ids from names or ids separated by commas, slashes or line breaks; the first unknown one is
     * returned as the error instead (prefixed with "!").
     */
    static Set<String> districts(String cell, List<District> known) {
        var ids = new LinkedHashSet<String>();
        if (cell.isBlank()) {
            return ids;
        }
        for (var part : cell.split("[,/\\n|]")) {
            var wanted = part.strip().toLowerCase(Locale.ROOT);
            if (wanted.isEmpty()) {
                continue;
            }
            var match = known.stream()
                    .filter(d -> d.id().equalsIgnoreCase(wanted)
                            || d.name().toLowerCase(Locale.ROOT).equals(wanted))
                    .findFirst();
            if (match.isEmpty()) {
                return Set.of("!" + part.strip());
            }
            ids.add(match.get().id());
        }
        return ids;
    }

    static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : new ArrayList<>(List.of(joined.split(",")));
    }
}
