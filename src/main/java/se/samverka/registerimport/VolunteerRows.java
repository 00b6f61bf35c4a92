package se.samverka.registerimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.samverka.district.District;
import se.samverka.registerimport.ImportKind.Column;
import se.samverka.shared.EmailAddress;
import se.samverka.shared.Language;
import se.samverka.shared.PhoneNumber;

/**
 * Checks the rows of a volunteers file. Someone whose e-mail address or mobile number the register already has is a
 * duplicate (they are not invited again), and so is a row with an address or number seen earlier in the file.
 */
final class VolunteerRows {

    private VolunteerRows() {}

    /** The addresses and numbers the valid rows mention, for asking the register in one go. */
    static List<List<String>> keys(List<StagedRow> rows) {
        var emails = new ArrayList<String>();
        var phones = new ArrayList<String>();
        rows.stream().filter(r -> r.outcome() == Outcome.NEW).forEach(r -> {
            emails.add(r.email());
            phones.add(r.phone());
        });
        return List.of(emails, phones);
    }

    /** Each row on its own: NEW when it can be imported, or ERROR with the reason. */
    static List<StagedRow> check(Cells cells, List<SpreadsheetFile.Line> rows, List<District> districts) {
        var result = new ArrayList<StagedRow>(rows.size());
        var seen = new HashMap<String, Integer>();
        for (var line : rows) {
            var row = checkOne(cells, line, districts);
            if (row.outcome() == Outcome.NEW) {
                var first = seen.putIfAbsent(row.email(), line.number());
                var firstPhone = seen.putIfAbsent(row.phone(), line.number());
                var earlier = first != null ? first : firstPhone;
                if (earlier != null) {
                    row = row.duplicate("duplicateInFile", String.valueOf(earlier), Cells.raw(line.cells()));
                }
            }
            result.add(row);
        }
        return result;
    }

    /** Marks the rows whose address or number the register already has. */
    static List<StagedRow> against(List<StagedRow> rows, Set<String> registered) {
        return rows.stream()
                .map(r ->
                        r.outcome() == Outcome.NEW && (registered.contains(r.email()) || registered.contains(r.phone()))
                                ? r.duplicate("inRegister", null, r.name() + " | " + r.email() + " | " + r.phone())
                                : r)
                .toList();
    }

    private static StagedRow checkOne(Cells cells, SpreadsheetFile.Line line, List<District> districts) {
        var c = line.cells();
        var raw = Cells.raw(c);
        var name = cells.get(c, Column.NAME);
        if (name.isEmpty() || name.length() > 120) {
            return StagedRow.error(line.number(), name.isEmpty() ? "missing" : "tooLong", Column.NAME.header, raw);
        }
        String email;
        try {
            email = EmailAddress.of(cells.get(c, Column.EMAIL)).value();
        } catch (IllegalArgumentException e) {
            return StagedRow.error(line.number(), "email", cells.get(c, Column.EMAIL), raw);
        }
        String phone;
        try {
            phone = PhoneNumber.mobile(cells.get(c, Column.MOBILE)).e164();
        } catch (IllegalArgumentException e) {
            return StagedRow.error(line.number(), "mobile", cells.get(c, Column.MOBILE), raw);
        }
        var ids = Cells.districts(cells.get(c, Column.DISTRICTS), districts);
        if (ids.size() == 1 && ids.iterator().next().startsWith("!")) {
            return StagedRow.error(
                    line.number(), "district", ids.iterator().next().substring(1), raw);
        }
        var languages = new LinkedHashSet<String>();
        for (var code : cells.get(c, Column.LANGUAGES).split("[,/ ]")) {
            var lang = code.strip().toLowerCase(java.util.Locale.ROOT);
            if (lang.isEmpty()) {
                continue;
            }
            if (!Language.isKnown(lang)) {
                return StagedRow.error(line.number(), "language", code.strip(), raw);
            }
            languages.add(lang);
        }
        return new StagedRow(
                line.number(),
                Outcome.NEW,
                null,
                null,
                null,
                name,
                null,
                email,
                phone,
                String.join(",", ids),
                null,
                null,
                null,
                String.join(",", languages),
                null,
                null,
                null);
    }
}
