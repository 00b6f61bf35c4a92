package se.samverka.registerimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import se.samverka.district.District;
import se.samverka.organisation.OrgNumber;
import se.samverka.organisation.OrganisationForm;
import se.samverka.registerimport.ImportKind.Column;
import se.samverka.shared.EmailAddress;
import se.samverka.shared.PhoneNumber;

/**
 * Checks the rows of an associations file. The organisationsnummer (Luhn-checked by {@link OrgNumber}) is the key:
 * a number the register knows is an update, a number seen earlier in the file a duplicate row.
 */
final class AssociationRows {

    /** What the register already holds: ids by organisationsnummer and by lower-case name. */
    record Known(Map<String, UUID> byNumber, Map<String, UUID> byName) {}

    private AssociationRows() {}

    /** The numbers and names the rows mention, for looking up {@link Known} in one go. */
    static List<List<String>> keys(Cells cells, List<SpreadsheetFile.Line> rows) {
        var numbers = new ArrayList<String>();
        var names = new ArrayList<String>();
        for (var row : rows) {
            try {
                numbers.add(OrgNumber.parse(cells.get(row.cells(), Column.ORG_NUMBER))
                        .value());
            } catch (IllegalArgumentException e) {
                // reported as the row's error
            }
            var name = cells.get(row.cells(), Column.NAME);
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return List.of(numbers, names);
    }

    static List<StagedRow> check(Cells cells, List<SpreadsheetFile.Line> rows, Known known, List<District> districts) {
        var result = new ArrayList<StagedRow>(rows.size());
        var numberSeen = new HashMap<String, Integer>();
        var nameSeen = new HashMap<String, Integer>();
        for (var line : rows) {
            var row = checkOne(cells, line, known, districts);
            if (row.outcome() != Outcome.ERROR) {
                var first = numberSeen.putIfAbsent(row.orgNumber(), line.number());
                var nameKey = row.name().toLowerCase(Locale.ROOT);
                var firstName = nameSeen.putIfAbsent(nameKey, line.number());
                if (first != null) {
                    row = row.duplicate("duplicateNumber", String.valueOf(first), Cells.raw(line.cells()));
                } else if (firstName != null) {
                    row = row.duplicate("duplicateName", String.valueOf(firstName), Cells.raw(line.cells()));
                }
            }
            result.add(row);
        }
        return result;
    }

    private static StagedRow checkOne(Cells cells, SpreadsheetFile.Line line, Known known, List<District> districts) {
        var c = line.cells();
        var raw = Cells.raw(c);
        var name = cells.get(c, Column.NAME);
        if (name.isEmpty() || name.length() > 200) {
            return StagedRow.error(line.number(), name.isEmpty() ? "missing" : "tooLong", Column.NAME.header, raw);
        }
        OrgNumber number;
        try {
            number = OrgNumber.parse(cells.get(c, Column.ORG_NUMBER));
        } catch (IllegalArgumentException e) {
            return StagedRow.error(line.number(), "orgNumber", cells.get(c, Column.ORG_NUMBER), raw);
        }
        var form = form(cells.get(c, Column.FORM));
        if (form == null) {
            return StagedRow.error(line.number(), "form", cells.get(c, Column.FORM), raw);
        }
        String email;
        try {
            email = EmailAddress.of(cells.get(c, Column.EMAIL)).value();
        } catch (IllegalArgumentException e) {
            return StagedRow.error(line.number(), "email", cells.get(c, Column.EMAIL), raw);
        }
        var phoneText = cells.get(c, Column.PHONE);
        var phone = phoneText.isEmpty()
                ? null
                : PhoneNumber.ifValid(phoneText).map(PhoneNumber::e164).orElse("!");
        if ("!".equals(phone)) {
            return StagedRow.error(line.number(), "phone", phoneText, raw);
        }
        var website = cells.get(c, Column.WEBSITE);
        var purpose = cells.get(c, Column.PURPOSE);
        if (website.length() > 300 || purpose.length() > 2000) {
            return StagedRow.error(
                    line.number(),
                    "tooLong",
                    website.length() > 300 ? Column.WEBSITE.header : Column.PURPOSE.header,
                    raw);
        }
        var ids = Cells.districts(cells.get(c, Column.DISTRICTS), districts);
        if (ids.size() == 1 && ids.iterator().next().startsWith("!")) {
            return StagedRow.error(
                    line.number(), "district", ids.iterator().next().substring(1), raw);
        }
        var target = known.byNumber().get(number.value());
        var sameName = known.byName().get(name.toLowerCase(Locale.ROOT));
        if (sameName != null && !sameName.equals(target)) {
            return StagedRow.error(line.number(), "nameTaken", name, raw);
        }
        return new StagedRow(
                line.number(),
                target == null ? Outcome.NEW : Outcome.UPDATE,
                target == null ? null : "known",
                null,
                target,
                name,
                number.value(),
                email,
                phone,
                String.join(",", ids),
                form.name(),
                website.isEmpty() ? null : website,
                purpose,
                null,
                null,
                null,
                null);
    }

    /** The form as written in Swedish or English, or as its code; an empty cell is an ideell förening. */
    static OrganisationForm form(String cell) {
        var f = cell.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
        if (f.isEmpty() || f.startsWith("ideell") || f.equals("nonprofit") || f.equals("association")) {
            return OrganisationForm.IDEELL_FORENING;
        }
        if (f.startsWith("stiftelse") || f.equals("foundation")) {
            return OrganisationForm.STIFTELSE;
        }
        if (f.startsWith("trossamfund") || f.startsWith("faith")) {
            return OrganisationForm.TROSSAMFUND;
        }
        if (f.startsWith("ekonomisk") || f.startsWith("cooperative")) {
            return OrganisationForm.EKONOMISK_FORENING;
        }
        if (f.startsWith("nätverk") || f.startsWith("natverk") || f.startsWith("network")) {
            return OrganisationForm.NATVERK;
        }
        return null;
    }
}
