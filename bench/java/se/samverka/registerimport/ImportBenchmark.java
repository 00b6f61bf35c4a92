package se.samverka.registerimport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Times one import of 10,000 associations, one of 10,000 volunteers (invitations with their e-mails in the
 * outbox) and one of 10,000 members of resource groups ({@link #tenThousandGroupMembers}), each from the upload (parse, check, stage) through the job's one transaction, against two references
 * taken in the same run on the same database: a plain JDBC batch insert of 10,000 rows and one-row autocommit
 * INSERTs (pgbench style). Run with {@code ./mvnw -B -Pbench test -Dtest=ImportBenchmark}; prints one line each.
 */
@SpringBootTest(properties = {"db-scheduler.enabled=false", "samverka.notification.deliver=false"})
@ActiveProfiles("test")
class ImportBenchmark {

    static final int ROWS = Integer.getInteger("bench.rows", 10_000);
    static final String DB = System.getProperty(
            "bench.db",
            System.getenv().getOrDefault("SAMVERKA_TEST_DB_URL", "jdbc:postgresql://localhost:5432/samverka_bench"));

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DB);
    }

    @Autowired
    RegisterImports imports;

    @Autowired
    ImportRun run;

    @Autowired
    DataSource dataSource;

    @Autowired
    se.samverka.resourcegroup.ResourceGroups groups;

    @Test
    void tenThousandRows() throws Exception {
        var base = 100_000_000L + System.nanoTime() % 700_000_000L;
        var associations = new StringBuilder("Namn;Organisationsnummer;E-post;Telefon\n");
        var volunteers = new StringBuilder("Namn;E-post;Mobilnummer\n");
        for (int i = 0; i < ROWS; i++) {
            associations
                    .append("Förening ")
                    .append(base)
                    .append('-')
                    .append(i)
                    .append(';')
                    .append(ImportFilesFixtures.orgNumber(base + i))
                    .append(";f")
                    .append(i)
                    .append('-')
                    .append(base)
                    .append("@example.org;08-")
                    .append(100_000 + i)
                    .append('\n');
            volunteers
                    .append("Volontär ")
                    .append(i)
                    .append(";v")
                    .append(i)
                    .append('-')
                    .append(base)
                    .append("@example.org;07")
                    .append(base % 10)
                    .append(String.format("%07d", i))
                    .append('\n');
        }
        reference();
        time("associations", ImportKind.ASSOCIATIONS, associations.toString());
        time("volunteers", ImportKind.VOLUNTEERS, volunteers.toString());
        reference();
    }

    /**
     * 10,000 members of ten resource groups, each with a training, every 50th a leader: the volunteers (confirmed,
     * written straight to the tables in JDBC batches, not timed) must be in the register first.
     */
    @Test
    void tenThousandGroupMembers() throws Exception {
        var tag = Long.toString(System.nanoTime(), 36);
        var jdbc = new JdbcTemplate(dataSource);
        var now = java.sql.Timestamp.from(java.time.Instant.now());
        var accounts = new ArrayList<Object[]>();
        var people = new ArrayList<Object[]>();
        var file = new StringBuilder("Grupp;E-post;Mobilnummer;Namn;Roll;Utbildning;Genomförd;Giltig till\n");
        var groupNames = new ArrayList<String>();
        for (int g = 0; g < 10; g++) {
            groupNames.add("FRG bench " + tag + " " + g);
            groups.create(groupNames.get(g), se.samverka.resourcegroup.GroupKind.FRG, null, "bench");
        }
        for (int i = 0; i < ROWS; i++) {
            var account = UUID.randomUUID();
            var email = "m" + i + "-" + tag + "@example.org";
            accounts.add(new Object[] {account, email, "Medlem " + i, now});
            people.add(new Object[] {UUID.randomUUID(), account, "Medlem " + i, email, now, now, now});
            file.append(groupNames.get(i % 10))
                    .append(';')
                    .append(email)
                    .append(";;Medlem ")
                    .append(i)
                    .append(';')
                    .append(i % 50 == 0 ? "ledare" : "medlem")
                    .append(";FRG grundutbildning;2024-03-14;2027-03-14\n");
        }
        jdbc.batchUpdate(
                "INSERT INTO account (id, username, role, display_name, locale, enabled, created_at)"
                        + " VALUES (?, ?, 'VOLUNTEER', ?, 'sv', TRUE, ?)",
                accounts);
        jdbc.batchUpdate(
                "INSERT INTO volunteer (id, account_id, name, email, phone, has_car, weekday_daytime, weekday_evening,"
                        + " weekend_daytime, weekend_evening, ask_frequency, privacy_notice_version, consented_at,"
                        + " email_confirmed_at, created_at, contact_channel, adult_confirmed) VALUES (?, ?, ?, ?,"
                        + " '+46701234567', FALSE, TRUE, TRUE, TRUE, TRUE, 'ONCE_A_WEEK', 'bench', ?, ?, ?, 'EMAIL',"
                        + " TRUE)",
                people);
        reference();
        time("frg-members", ImportKind.FRG_MEMBERS, file.toString());
        reference();
    }

    private void time(String what, ImportKind kind, String file) throws Exception {
        var start = System.nanoTime();
        var id = imports.upload(kind, what + ".csv", file.getBytes(StandardCharsets.UTF_8), "bench", Locale.ROOT);
        var staged = System.nanoTime();
        imports.confirmWithoutJob(id, "bench");
        run.run(id);
        var done = System.nanoTime();
        var summary = imports.find(id).orElseThrow();
        System.out.printf(
                "IMPORT %s: %d rows, status %s, %d written; upload+preview %.1f s, job %.1f s, total %.1f s%n",
                what,
                summary.rowCount(),
                summary.status(),
                summary.processed(),
                (staged - start) / 1e9,
                (done - staged) / 1e9,
                (done - start) / 1e9);
    }

    /** The same run's yardsticks: a JDBC batch of ROWS rows in one transaction, and 2,000 one-row autocommits. */
    private void reference() throws Exception {
        var jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE TABLE IF NOT EXISTS bench_reference (id UUID PRIMARY KEY, name VARCHAR(200), "
                + "email VARCHAR(254))");
        jdbc.execute("TRUNCATE bench_reference");
        var rows = new ArrayList<Object[]>();
        for (int i = 0; i < ROWS; i++) {
            rows.add(new Object[] {UUID.randomUUID(), "Namn " + i, "e" + i + "@example.org"});
        }
        var start = System.nanoTime();
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var insert = connection.prepareStatement("INSERT INTO bench_reference VALUES (?, ?, ?)")) {
                for (var row : rows) {
                    insert.setObject(1, row[0]);
                    insert.setString(2, (String) row[1]);
                    insert.setString(3, (String) row[2]);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            connection.commit();
        }
        var batch = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        int single = 2_000;
        for (int i = 0; i < single; i++) {
            jdbc.update("INSERT INTO bench_reference VALUES (?, 'one', 'one@example.org')", UUID.randomUUID());
        }
        var perSecond = single / ((System.nanoTime() - start) / 1e9);
        System.out.printf(
                "REFERENCE: JDBC batch of %d rows %.2f s; one-row autocommit INSERTs %.0f/s%n", ROWS, batch, perSecond);
        jdbc.execute("DROP TABLE bench_reference");
    }
}
