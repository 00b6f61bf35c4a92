package se.samverka.desk;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Load client for the staff search ({@code /samordning/sok}, {@link SearchController}) against a seeded database
 * (bench/load/seed.sql, then bench/search/realistic-names.sql for Swedish names, addresses and associations): each
 * search runs the four modules' own search queries one after the other, as the controller does, through the
 * modules' package-private query classes over one read-only JDBC connection (so the driver's prepared statements and
 * PostgreSQL's plan caching behave as in the app). Terms of five kinds are drawn from the data with a fixed seed;
 * every term is searched {@code bench.rounds} times after one warm-up round. Prints p50/p90/p99/max per kind for the
 * whole search and p99 per module, and the slowest single query. Reads only. Run with
 * {@code ./mvnw -B -Pbench test -Dtest=SearchBenchmark -Dbench.searchDb=jdbc:postgresql://127.0.0.1:5432/wt_phone_load}
 * (see docs/performance.md); it is not part of the normal build.
 */
class SearchBenchmark {

    static final String URL = System.getProperty("bench.searchDb", "jdbc:postgresql://127.0.0.1:5432/samverka_load");
    static final String USER = System.getProperty("bench.searchUser", "postgres");
    static final long SEED = Long.getLong("bench.seed", 20261207L);
    static final int TERMS = Integer.getInteger("bench.terms", 60);
    static final int ROUNDS = Integer.getInteger("bench.rounds", 10);
    static final int PER_GROUP = SearchController.PER_GROUP;

    static final String[] MODULES = {"requests", "volunteers", "organisations", "efforts"};

    /** One module's search as the controller calls it: text in, number of hits out. */
    interface Search {
        int run(String text) throws Exception;
    }

    record Slowest(String kind, String term, String module, long nanos) {}

    @Test
    void searchLatency() throws Exception {
        run();
    }

    public static void main(String[] args) throws Exception {
        run();
    }

    static void run() throws Exception {
        var dataSource =
                new SingleConnectionDataSource(URL, USER, System.getProperty("bench.searchPassword", ""), true);
        try (var statement = dataSource.getConnection().createStatement()) {
            statement.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
        }
        var jdbc = JdbcClient.create(dataSource);
        System.out.printf(
                "Staff search benchmark: %s, %,d volunteers, %,d requests, %,d associations, %,d efforts%n",
                URL,
                count(jdbc, "volunteer"),
                count(jdbc, "help_request"),
                count(jdbc, "organisation"),
                count(jdbc, "effort"));
        System.out.printf(
                "java %s, %d cores, load average at start %s, %s%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                loadAverage(),
                jdbc.sql("SELECT version()").query(String.class).single());

        var searches = new LinkedHashMap<String, Search>();
        searches.put("requests", search("se.samverka.helprequest.RequestSearch", jdbc, dataSource));
        searches.put("volunteers", search("se.samverka.volunteer.VolunteerRegisterQueries", jdbc, dataSource));
        searches.put("organisations", search("se.samverka.organisation.OrganisationSearch", jdbc, dataSource));
        searches.put("efforts", search("se.samverka.effort.EffortSearch", jdbc, dataSource));

        var terms = terms(jdbc, new Random(SEED));
        terms.forEach((kind, list) -> System.out.printf("  %-14s e.g. %s%n", kind, list.subList(0, 4)));

        var slowest = new Slowest("", "", "", 0);
        var whole = new LinkedHashMap<String, Histogram>();
        var perModule = new LinkedHashMap<String, Map<String, Histogram>>();
        var hits = new LinkedHashMap<String, Long>();
        for (int round = -1; round < ROUNDS; round++) {
            for (var entry : terms.entrySet()) {
                var kind = entry.getKey();
                for (var term : entry.getValue()) {
                    var searchStart = System.nanoTime();
                    var found = 0L;
                    var took = new long[MODULES.length];
                    for (int m = 0; m < MODULES.length; m++) {
                        var start = System.nanoTime();
                        found += searches.get(MODULES[m]).run(term);
                        took[m] = System.nanoTime() - start;
                    }
                    var total = System.nanoTime() - searchStart;
                    if (round < 0) {
                        continue; // warm-up
                    }
                    whole.computeIfAbsent(kind, k -> histogram()).recordValue(total);
                    hits.merge(kind, found, Long::sum);
                    for (int m = 0; m < MODULES.length; m++) {
                        perModule
                                .computeIfAbsent(kind, k -> new LinkedHashMap<>())
                                .computeIfAbsent(MODULES[m], k -> histogram())
                                .recordValue(took[m]);
                        if (took[m] > slowest.nanos()) {
                            slowest = new Slowest(kind, term, MODULES[m], took[m]);
                        }
                    }
                }
            }
        }

        System.out.printf(
                "%n%d terms per kind, %d measured rounds after 1 warm-up round; one search = 4 queries%n",
                TERMS, ROUNDS);
        System.out.printf(
                "| %-14s | %8s | %8s | %8s | %8s | %8s | %-44s |%n",
                "kind", "searches", "p50 ms", "p90 ms", "p99 ms", "max ms", "p99 ms per module (req/vol/org/eff)");
        System.out.println("|" + "-".repeat(16) + "|---------:|---------:|---------:|---------:|---------:|"
                + "-".repeat(46) + "|");
        for (var entry : whole.entrySet()) {
            var h = entry.getValue();
            var modules = perModule.get(entry.getKey());
            var parts = new ArrayList<String>();
            for (var module : MODULES) {
                parts.add(ms(modules.get(module).getValueAtPercentile(99)));
            }
            System.out.printf(
                    "| %-14s | %8d | %8s | %8s | %8s | %8s | %-44s |%n",
                    entry.getKey(),
                    h.getTotalCount(),
                    ms(h.getValueAtPercentile(50)),
                    ms(h.getValueAtPercentile(90)),
                    ms(h.getValueAtPercentile(99)),
                    ms(h.getMaxValue()),
                    String.join(" / ", parts));
        }
        System.out.printf("Hits per search (mean): %s%n", meanHits(hits, whole));
        System.out.printf(
                "Slowest single query: %s '%s' in %s, %s ms%n",
                slowest.kind(), slowest.term(), slowest.module(), ms(slowest.nanos()));
        System.out.printf("Load average at end %s%n", loadAverage());
        var worst = whole.values().stream()
                .mapToLong(h -> h.getValueAtPercentile(99))
                .max()
                .orElse(0);
        System.out.printf("Target p99 <= 100 ms for every kind: %s%n", worst <= 100_000_000L ? "MET" : "NOT MET");
        dataSource.destroy();
    }

    /** Terms of each kind, drawn from the data the way staff would type them. */
    static Map<String, List<String>> terms(JdbcClient jdbc, Random random) {
        var names = sample(jdbc, "SELECT name FROM volunteer ORDER BY md5(id::text || :seed) LIMIT :n", random);
        var phones = sample(jdbc, "SELECT phone FROM volunteer ORDER BY md5(id::text || :seed) LIMIT :n", random);
        var numbers = sample(
                jdbc,
                "SELECT CAST(number AS VARCHAR) FROM help_request ORDER BY md5(id::text || :seed) LIMIT :n",
                random);
        var associations =
                sample(jdbc, "SELECT name FROM organisation ORDER BY md5(id::text || :seed) LIMIT :n", random);
        var result = new LinkedHashMap<String, List<String>>();
        result.put("name part", names.stream().map(n -> namePart(n, random)).toList());
        result.put("misspelt name", names.stream().map(n -> misspelt(n, random)).toList());
        result.put("phone part", phones.stream().map(p -> phonePart(p, random)).toList());
        result.put(
                "request number",
                numbers.stream().map(n -> random.nextBoolean() ? "#" + n : n).toList());
        result.put(
                "association",
                associations.isEmpty()
                        ? List.of("förening", "idrott", "hembygd", "kyrka")
                        : associations.stream()
                                .map(a -> associationPart(a, random))
                                .toList());
        return result;
    }

    private static List<String> sample(JdbcClient jdbc, String sql, Random random) {
        var list = jdbc.sql(sql)
                .param("seed", String.valueOf(random.nextLong()))
                .param("n", TERMS)
                .query(String.class)
                .list();
        return new ArrayList<>(list);
    }

    /** A first name ("anna"), or the start of a surname ("lindq"), as typed: lower case. */
    static String namePart(String name, Random random) {
        var words = name.toLowerCase(Locale.ROOT).split(" ");
        if (words.length < 2 || random.nextBoolean()) {
            return words[0];
        }
        var last = words[words.length - 1];
        return last.substring(0, Math.min(last.length(), 4 + random.nextInt(3)));
    }

    /** The whole name with one slip in the surname: k for q, one s for two, o for ö, two letters swapped, one dropped. */
    static String misspelt(String name, Random random) {
        var words = name.split(" ");
        var last = words[words.length - 1];
        String wrong;
        if (last.contains("q")) {
            wrong = last.replace("q", "k");
        } else if (last.contains("ss")) {
            wrong = last.replace("ss", "s");
        } else if (!Normalizer.normalize(last, Normalizer.Form.NFD).equals(last)) {
            wrong = Normalizer.normalize(last, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        } else if (last.length() > 4 && random.nextBoolean()) {
            var i = 1 + random.nextInt(last.length() - 3);
            wrong = last.substring(0, i) + last.charAt(i + 1) + last.charAt(i) + last.substring(i + 2);
        } else if (last.length() > 3) {
            var i = 1 + random.nextInt(last.length() - 2);
            wrong = last.substring(0, i) + last.substring(i + 1);
        } else {
            wrong = last + "h";
        }
        words[words.length - 1] = wrong;
        return String.join(" ", words);
    }

    /** Part of a mobile number as said on the phone: the last four digits, or the start with its 0. */
    static String phonePart(String e164, Random random) {
        var national = "0" + e164.substring(3);
        return switch (random.nextInt(3)) {
            case 0 -> national.substring(national.length() - 4);
            case 1 -> national.substring(0, 7);
            default -> national.substring(0, 3) + "-" + national.substring(3, 6);
        };
    }

    /** A word of the association's name, or the whole name. */
    static String associationPart(String name, Random random) {
        var words = name.split(" ");
        if (random.nextInt(3) == 0) {
            return name;
        }
        var word = words[random.nextInt(words.length)].toLowerCase(Locale.ROOT);
        return word.length() > 8 ? word.substring(0, 8) : word;
    }

    private static Search search(String className, JdbcClient jdbc, DataSource dataSource) throws Exception {
        var type = Class.forName(className);
        Object instance;
        try {
            var constructor = type.getDeclaredConstructor(JdbcClient.class);
            constructor.setAccessible(true);
            instance = constructor.newInstance(jdbc);
        } catch (NoSuchMethodException e) {
            var constructor = type.getDeclaredConstructor(JdbcClient.class, DataSource.class);
            constructor.setAccessible(true);
            instance = constructor.newInstance(jdbc, dataSource);
        }
        var method = type.getDeclaredMethod("search", String.class, int.class);
        method.setAccessible(true);
        var target = instance;
        return text -> {
            try {
                return ((List<?>) method.invoke(target, text, PER_GROUP)).size();
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("search failed for '" + text + "'", e.getCause());
            }
        };
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private static String meanHits(Map<String, Long> hits, Map<String, Histogram> whole) {
        var parts = new ArrayList<String>();
        hits.forEach((kind, total) -> parts.add(kind + " "
                + String.format(
                        Locale.ROOT, "%.1f", (double) total / whole.get(kind).getTotalCount())));
        return String.join(", ", parts);
    }

    private static String loadAverage() {
        try {
            var fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static Histogram histogram() {
        return new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1_000_000.0);
    }
}
