package se.samverka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Modules own their data: SQL in one module never names a table another module's migrations created. Reads across
 * modules go through the owner's query API or events. Spring Modulith's verify() cannot see SQL, so this test reads
 * every string literal and text block under src/main/java and the table map in {@code architecture/}.
 */
class TableOwnershipTests {

    private static final Path MAIN = Path.of("src/main/java/se/samverka");
    /** spring.flyway.locations: the common folder and the vendor folders of PostgreSQL and H2. */
    private static final List<Path> MIGRATIONS = List.of(
            Path.of("src/main/resources/db/migration"),
            Path.of("src/main/resources/db/vendor/postgresql"),
            Path.of("src/main/resources/db/vendor/h2"));

    private static final Path OWNERS = Path.of("src/test/resources/architecture/table-owners.txt");
    private static final Path ALLOWLIST = Path.of("src/test/resources/architecture/foreign-table-allowlist.txt");

    private static final Pattern CREATE =
            Pattern.compile("(?i)\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");
    private static final Pattern DROP = Pattern.compile("(?i)\\bdrop\\s+table\\s+(?:if\\s+exists\\s+)?(\\w+)");

    @Test
    void everyMigratedTableHasExactlyOneOwningModule() {
        var created = migratedTables();
        var owners = owners();
        assertThat(owners.keySet())
                .as("tables in %s (every table the migrations create, no more)", OWNERS)
                .containsExactlyInAnyOrderElementsOf(created);
        var modules = modules();
        assertThat(modules).as("owners are modules under %s", MAIN).containsAll(owners.values());
    }

    @Test
    void noModuleNamesAnotherModulesTableInItsSql() {
        var found = SqlTables.foreignTableUses(MAIN, owners());
        var allowed = allowlist();
        assertThat(found)
                .as("SQL that names another module's table: use the owning module's query API or events, "
                        + "or (only while shrinking) list it in " + ALLOWLIST)
                .isSubsetOf(allowed);
        assertThat(allowed)
                .as("entries in %s that are no longer violations: remove them", ALLOWLIST)
                .isSubsetOf(found);
    }

    @Test
    void findsTablesInQueriesJoinsCommaListsAndTableVariables() {
        var owners = Map.of("idea", "idea", "account", "account", "volunteer_district", "volunteer");
        assertThat(SqlTables.tablesIn("SELECT i.id FROM idea i JOIN account a ON a.id = i.coach", owners))
                .containsExactlyInAnyOrder("idea", "account");
        assertThat(SqlTables.tablesIn("select 1 from idea i, account a where a.id = i.coach", owners))
                .containsExactlyInAnyOrder("idea", "account");
        assertThat(SqlTables.tablesIn("volunteer_district", owners)).containsExactly("volunteer_district");
        assertThat(SqlTables.tablesIn("idea.stage.NEW", owners)).isEmpty();
        assertThat(SqlTables.literals("a(\"x\" /* \"y\" */, '\"', \"\"\"\n  from idea\n\"\"\"); // \"z\""))
                .containsExactly("x", "\n  from idea\n");
    }

    private static Set<String> migratedTables() {
        var tables = new TreeSet<String>();
        MIGRATIONS.stream()
                .flatMap(TableOwnershipTests::sqlFiles)
                .sorted((a, b) -> Integer.compare(version(a), version(b)))
                .forEach(f -> {
                    var sql = read(f);
                    CREATE.matcher(sql)
                            .results()
                            .forEach(m -> tables.add(m.group(1).toLowerCase()));
                    DROP.matcher(sql)
                            .results()
                            .forEach(m -> tables.remove(m.group(1).toLowerCase()));
                });
        return tables;
    }

    private static Stream<Path> sqlFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".sql")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int version(Path migration) {
        var name = migration.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")).replace(".", ""));
    }

    private static Map<String, String> owners() {
        var owners = new LinkedHashMap<String, String>();
        for (var line : dataLines(OWNERS)) {
            var parts = line.split("=");
            var previous = owners.put(parts[0].strip(), parts[1].strip());
            assertThat(previous).as("%s listed twice", parts[0]).isNull();
        }
        return owners;
    }

    private static Set<String> allowlist() {
        var allowed = new TreeSet<String>();
        for (var line : dataLines(ALLOWLIST)) {
            var use = line.split("\\|")[0].strip();
            assertThat(line).as("reason for " + use).contains("|");
            allowed.add(use.replaceAll("\\s+", " "));
        }
        return allowed;
    }

    private static Set<String> modules() {
        try (Stream<Path> dirs = Files.list(MAIN)) {
            return dirs.filter(Files::isDirectory)
                    .map(d -> d.getFileName().toString())
                    .collect(TreeSet::new, Set::add, Set::addAll);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> dataLines(Path file) {
        return read(file)
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
