package se.samverka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Finds the tables that SQL in Java string literals and text blocks names. */
final class SqlTables {

    /** A table after FROM, JOIN, INTO, UPDATE or TABLE, with the further tables of a comma list. */
    private static final Pattern TABLE_REFERENCE = Pattern.compile(
            "(?i)\\b(?:from|join|into|update|table)\\s+(\\w+)((?:\\s+(?:as\\s+)?\\w+)?(?:\\s*,\\s*\\w+(?:\\s+(?:as\\s+)?\\w+)?)*)");

    private SqlTables() {}

    /** Uses as "module/File.java table" of tables that another module owns. */
    static Set<String> foreignTableUses(Path moduleRoot, Map<String, String> owners) {
        var uses = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(moduleRoot)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
                var relative = moduleRoot.relativize(file);
                var module = relative.getName(0).toString();
                var source = read(file);
                for (var literal : literals(source)) {
                    for (var table : tablesIn(literal, owners)) {
                        if (!owners.get(table).equals(module)) {
                            uses.add(relative.toString().replace('\\', '/') + " " + table);
                        }
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uses;
    }

    /**
     * Known tables a literal names: in SQL after a table keyword, or the whole literal when it is a table name with
     * an underscore (a table picked from a list and spliced into SQL). One-word literals such as "idea" are left
     * alone, they are far more often model names or message keys.
     */
    static Set<String> tablesIn(String literal, Map<String, String> owners) {
        var tables = new TreeSet<String>();
        var whole = literal.strip().toLowerCase();
        if (whole.contains("_") && owners.containsKey(whole)) {
            tables.add(whole);
        }
        var matcher = TABLE_REFERENCE.matcher(literal);
        while (matcher.find()) {
            var names = new ArrayList<String>();
            names.add(matcher.group(1));
            var rest = matcher.group(2) == null ? "" : matcher.group(2);
            var items = rest.split(",");
            for (int i = 1; i < items.length; i++) {
                var words = items[i].strip().split("\\s+");
                names.add(words[0]);
            }
            for (var name : names) {
                if (owners.containsKey(name.toLowerCase())) {
                    tables.add(name.toLowerCase());
                }
            }
        }
        return tables;
    }

    /** The contents of the string literals and text blocks of Java source, skipping comments and char literals. */
    static List<String> literals(String source) {
        var literals = new ArrayList<String>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int endOfLine = source.indexOf('\n', i);
                i = endOfLine < 0 ? n : endOfLine + 1;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end;
                int bodyStart = source.indexOf('\n', i + 3);
                literals.add(source.substring(Math.min(bodyStart, end), end));
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                var text = new StringBuilder();
                int j = i + 1;
                while (j < n && source.charAt(j) != c) {
                    if (source.charAt(j) == '\\' && j + 1 < n) {
                        j++;
                    }
                    text.append(source.charAt(j));
                    j++;
                }
                if (c == '"') {
                    literals.add(text.toString());
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
