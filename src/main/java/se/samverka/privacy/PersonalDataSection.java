package se.samverka.privacy;

import java.sql.Timestamp;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One part of a person's data as a module holds it: a title and rows of named values. The field names are the
 * names of the stored columns, so that the extract says exactly what is stored.
 *
 * @param module the module that holds it
 * @param name short name of the section within the module, such as {@code profile}
 * @param rows the rows, each field name to value as text (null stays null)
 */
public record PersonalDataSection(String module, String name, List<Map<String, String>> rows) {

    public PersonalDataSection {
        rows = List.copyOf(rows);
    }

    /** The message key of the section's title. */
    public String titleKey() {
        return "privacy.section." + module + "." + name;
    }

    /** A section from rows as {@code JdbcClient.query().listOfRows()} returns them. */
    public static PersonalDataSection of(String module, String name, List<Map<String, Object>> rows) {
        return new PersonalDataSection(
                module, name, rows.stream().map(PersonalDataSection::text).toList());
    }

    private static Map<String, String> text(Map<String, Object> row) {
        var out = new LinkedHashMap<String, String>();
        row.forEach((key, value) -> out.put(
                key.toLowerCase(Locale.ROOT),
                value == null
                        ? null
                        : value instanceof Timestamp t ? t.toInstant().toString() : String.valueOf(value)));
        return Collections.unmodifiableMap(out);
    }
}
