package se.samverka.registerimport;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import se.samverka.registerimport.ImportKind.Column;
import se.samverka.shared.EmailAddress;
import se.samverka.shared.PhoneNumber;

/**
 * Reads the rows of a resource-group file, each on its own: the group (by name or id), the person's e-mail address
 * and/or mobile number, the role and an optional training with its dates. A row that can be read is NEW until
 * {@link MemberMatch} has looked the person and the group's members up; otherwise it is an ERROR with the reason.
 */
final class MemberRows {

    /** The earliest day Excel counts from (its serial number 1 is 1900-01-01, counting 1900-02-29 that never was). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private MemberRows() {}

    /** The groups by lower-case name and by id, for finding the one a cell names. */
    static Map<String, UUID> groupKeys(Map<UUID, String> names) {
        var keys = new HashMap<String, UUID>();
        names.forEach((id, name) -> {
            keys.put(name.strip().toLowerCase(Locale.ROOT), id);
            keys.put(id.toString(), id);
        });
        return keys;
    }

    static List<StagedRow> read(
            Cells cells, List<SpreadsheetFile.Line> rows, Map<UUID, String> groups, LocalDate today) {
        var keys = groupKeys(groups);
        var result = new ArrayList<StagedRow>(rows.size());
        for (var line : rows) {
            result.add(readOne(cells, line, keys, groups, today));
        }
        return result;
    }

    private static StagedRow readOne(
            Cells cells, SpreadsheetFile.Line line, Map<String, UUID> keys, Map<UUID, String> groups, LocalDate today) {
        var c = line.cells();
        var raw = Cells.raw(c);
        var groupCell = cells.get(c, Column.GROUP);
        if (groupCell.isEmpty()) {
            return StagedRow.error(line.number(), "missing", Column.GROUP.header, raw);
        }
        var groupId = keys.get(groupCell.toLowerCase(Locale.ROOT));
        if (groupId == null) {
            return StagedRow.error(line.number(), "unknownGroup", groupCell, raw);
        }
        var emailCell = cells.get(c, Column.MEMBER_EMAIL);
        var mobileCell = cells.get(c, Column.MEMBER_MOBILE);
        if (emailCell.isEmpty() && mobileCell.isEmpty()) {
            return StagedRow.error(line.number(), "noContact", null, raw);
        }
        String email = null;
        if (!emailCell.isEmpty()) {
            try {
                email = EmailAddress.of(emailCell).value();
            } catch (IllegalArgumentException e) {
                return StagedRow.error(line.number(), "email", emailCell, raw);
            }
        }
        String phone = null;
        if (!mobileCell.isEmpty()) {
            var parsed = PhoneNumber.ifValid(mobileCell);
            if (parsed.isEmpty()) {
                return StagedRow.error(line.number(), "phone", mobileCell, raw);
            }
            phone = parsed.get().e164();
        }
        var name = cells.get(c, Column.MEMBER_NAME);
        if (name.length() > 120) {
            return StagedRow.error(line.number(), "tooLong", Column.MEMBER_NAME.header, raw);
        }
        var roleCell = cells.get(c, Column.ROLE);
        var leader = leader(roleCell);
        if (!roleCell.isEmpty() && leader == null) {
            return StagedRow.error(line.number(), "role", roleCell, raw);
        }
        var training = training(cells, line, today);
        if (training.error() != null) {
            return training.error();
        }
        var member = new MemberRow(
                groupId, groups.get(groupId), leader, training.name(), training.trainedOn(), training.expiresOn());
        return new StagedRow(
                line.number(),
                Outcome.NEW,
                null,
                null,
                null,
                name.isEmpty() ? null : name,
                null,
                email,
                phone,
                null,
                null,
                null,
                null,
                null,
                raw,
                null,
                member);
    }

    /** The training of a row: its name and dates, or the row's error. */
    private record Read(String name, LocalDate trainedOn, LocalDate expiresOn, StagedRow error) {}

    private static Read training(Cells cells, SpreadsheetFile.Line line, LocalDate today) {
        var raw = Cells.raw(line.cells());
        var name = cells.get(line.cells(), Column.TRAINING);
        var takenCell = cells.get(line.cells(), Column.TRAINED_ON);
        var expiresCell = cells.get(line.cells(), Column.EXPIRES_ON);
        if (name.isEmpty()) {
            return takenCell.isEmpty() && expiresCell.isEmpty()
                    ? new Read(null, null, null, null)
                    : error(line, "missing", Column.TRAINING.header, raw);
        }
        if (name.length() > 120) {
            return error(line, "tooLong", Column.TRAINING.header, raw);
        }
        if (takenCell.isEmpty()) {
            return error(line, "missing", Column.TRAINED_ON.header, raw);
        }
        var taken = date(takenCell);
        if (taken == null) {
            return error(line, "date", takenCell, raw);
        }
        if (taken.isAfter(today)) {
            return error(line, "trainedInFuture", takenCell, raw);
        }
        var expires = expiresCell.isEmpty() ? null : date(expiresCell);
        if (!expiresCell.isEmpty() && expires == null) {
            return error(line, "date", expiresCell, raw);
        }
        if (expires != null && expires.isBefore(taken)) {
            return error(line, "expiresBeforeTrained", expiresCell, raw);
        }
        return new Read(name, taken, expires, null);
    }

    private static Read error(SpreadsheetFile.Line line, String reason, String arg, String raw) {
        return new Read(null, null, null, StagedRow.error(line.number(), reason, arg, raw));
    }

    /**
     * A day written as 2025-03-14 (ISO, as the template asks), or as Excel's serial number (an XLSX date cell read as
     * its value: five digits, 1950 to 2099); null when it is neither.
     */
    static LocalDate date(String cell) {
        var text = cell.strip();
        if (text.matches("\\d{5}")) {
            // five digits only, so that a year such as "2024" is not taken for a day in 1905
            var day = EXCEL_EPOCH.plusDays(Integer.parseInt(text));
            return day.getYear() >= 1950 && day.getYear() < 2100 ? day : null;
        }
        try {
            return LocalDate.parse(text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** LEADER true, MEMBER false, an empty cell null (left as it is); anything else null too (the caller tells). */
    static Boolean leader(String cell) {
        var role = cell.strip().toLowerCase(Locale.ROOT);
        return switch (role) {
            case "ledare", "gruppledare", "leader", "group leader" -> Boolean.TRUE;
            case "medlem", "member" -> Boolean.FALSE;
            default -> null;
        };
    }
}
