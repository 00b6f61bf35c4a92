package se.samverka;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.OptionalInt;
import java.util.Properties;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.postgresql.Driver;

/**
 * Finds the PostgreSQL the tests run against, once per test JVM (surefire and failsafe each have their own):
 * <ul>
 * <li>{@code SAMVERKA_TEST_DB_URL} set: that server, and the run fails at once with a clear message when it does
 * not answer (otherwise every test would fail on its own with a long connection error);</li>
 * <li>otherwise a server answering on localhost:5432 (the development and CI machines): database {@code test};</li>
 * <li>otherwise, and always when {@code SAMVERKA_TEST_EMBEDDED_DB=true} (or the system property
 * {@code samverka.test.embedded-db=true}) forces it: an embedded PostgreSQL started here for this JVM
 * ({@link EmbeddedTestPostgres}), whose address is handed to Spring as the system property
 * {@code SAMVERKA_TEST_DB_URL}.</li>
 * </ul>
 * The port probed can be changed with the system property {@code samverka.test.db.probe-port}, so that the
 * fallback can be tried without stopping the shared server.
 */
public class PostgresCheck implements LauncherSessionListener {

    static final String URL_PROPERTY = "SAMVERKA_TEST_DB_URL";

    static final String SMTP_PORT_PROPERTY = "SAMVERKA_TEST_SMTP_PORT";

    private static final String FORK_DATABASE_PROPERTY = "samverka.test.fork-database";

    private EmbeddedTestPostgres embedded;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        var configured = setting(URL_PROPERTY);
        if (embeddedForced() || configured == null && !answers("localhost", probePort())) {
            startEmbedded();
        } else {
            var url = configured == null ? "jdbc:postgresql://localhost:" + probePort() + "/test" : configured;
            check(url);
            forkNumber().ifPresent(fork -> useDatabaseOfFork(url, fork));
        }
        forkNumber().ifPresent(PostgresCheck::useSmtpPortOfFork);
    }

    /**
     * The number surefire gives this JVM when it runs the tests in several JVMs at once (property {@code test.forks}
     * in pom.xml, handed over as {@code samverka.test.forks} and {@code samverka.test.fork}); empty for a single JVM
     * (or an IDE).
     */
    static OptionalInt forkNumber() {
        var fork = System.getProperty("samverka.test.fork", "").replaceFirst("^fork", "");
        return Integer.getInteger("samverka.test.forks", 1) > 1 && fork.matches("[1-9][0-9]*")
                ? OptionalInt.of(Integer.parseInt(fork))
                : OptionalInt.empty();
    }

    /**
     * Each JVM of a parallel run gets a database of its own on the same server (the configured one with {@code _<fork>}
     * appended, created when missing, cleaned by Flyway as usual) and an SMTP port of its own (the configured one plus
     * the fork's number less one), so that the JVMs never see each other's rows or mails.
     */
    private static void useDatabaseOfFork(String url, int fork) {
        if (System.getProperty(FORK_DATABASE_PROPERTY) != null) {
            return; // an earlier session of this JVM switched already
        }
        var slash = url.lastIndexOf('/');
        var query = url.indexOf('?', slash);
        var database = query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query);
        var forkDatabase = database + "_" + fork;
        try (var connection = connect(url);
                var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, forkDatabase);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("CREATE DATABASE \"" + forkDatabase + "\"");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + forkDatabase + " for fork " + fork, e);
        }
        System.setProperty(
                URL_PROPERTY, url.substring(0, slash + 1) + forkDatabase + (query < 0 ? "" : url.substring(query)));
        System.setProperty(FORK_DATABASE_PROPERTY, forkDatabase);
        System.err.println("PostgresCheck: fork " + fork + " uses " + System.getProperty(URL_PROPERTY));
    }

    private static void useSmtpPortOfFork(int fork) {
        if (System.getProperty(SMTP_PORT_PROPERTY) != null) {
            return;
        }
        System.setProperty(SMTP_PORT_PROPERTY, Integer.toString(TestSettings.smtpPort() + fork - 1));
        System.err.println("PostgresCheck: fork " + fork + " uses SMTP port " + System.getProperty(SMTP_PORT_PROPERTY));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (embedded != null) {
            embedded.close();
            System.clearProperty(URL_PROPERTY);
            embedded = null;
        }
    }

    private void startEmbedded() {
        if (System.getProperty(URL_PROPERTY) != null) {
            return; // an earlier session of this JVM started one
        }
        System.err.println((embeddedForced()
                        ? "PostgresCheck: embedded PostgreSQL forced"
                        : "PostgresCheck: no PostgreSQL configured or answering on localhost:" + probePort())
                + "; starting an embedded PostgreSQL for the tests of this JVM");
        embedded = EmbeddedTestPostgres.start(0, "test");
        System.setProperty(URL_PROPERTY, embedded.jdbcUrl("test"));
        System.setProperty("SAMVERKA_TEST_DB_USER", "postgres");
        System.err.println("PostgresCheck: embedded PostgreSQL at " + embedded.jdbcUrl("test"));
    }

    static boolean embeddedForced() {
        return "true".equalsIgnoreCase(System.getenv("SAMVERKA_TEST_EMBEDDED_DB"))
                || Boolean.getBoolean("samverka.test.embedded-db");
    }

    static int probePort() {
        return Integer.getInteger("samverka.test.db.probe-port", 5432);
    }

    static boolean answers(String host, int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String user() {
        return env("SAMVERKA_TEST_DB_USER", "postgres");
    }

    private static String password() {
        return env("SAMVERKA_TEST_DB_PASSWORD", "");
    }

    private static void check(String url) {
        try (var connection = connect(url)) {
            connection.isValid(3);
        } catch (SQLException e) {
            var message = """

					========================================================================
					 Samverka's tests need PostgreSQL, and none answered at %s
					 (%s).
					 Start PostgreSQL (Debian: pg_ctlcluster --skip-systemctl-redirect 15 main start),
					 point the tests elsewhere with SAMVERKA_TEST_DB_URL, SAMVERKA_TEST_DB_USER
					 and SAMVERKA_TEST_DB_PASSWORD, or leave SAMVERKA_TEST_DB_URL unset with nothing
					 on localhost:5432 to have the tests start an embedded PostgreSQL.
					========================================================================
					""".formatted(url, e.getMessage());
            System.err.println(message);
            throw new IllegalStateException(message);
        }
    }

    /**
     * A connection straight from PostgreSQL's driver, not through {@link java.sql.DriverManager}: in failsafe's two
     * forked JVMs of {@code .ci/run}'s {@code verify} DriverManager answered "No suitable driver" here (stop 25), and
     * this listener runs before anything else of the test JVM could register the driver.
     */
    private static Connection connect(String url) throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", user());
        properties.setProperty("password", password());
        properties.setProperty("loginTimeout", "3");
        var connection = new Driver().connect(url, properties);
        if (connection == null) {
            throw new SQLException("not a PostgreSQL address: " + url);
        }
        return connection;
    }

    /** A system property (set by an embedded start) or else the environment variable. */
    static String setting(String name) {
        var property = System.getProperty(name);
        return property != null && !property.isBlank() ? property : env(name, null);
    }

    private static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
