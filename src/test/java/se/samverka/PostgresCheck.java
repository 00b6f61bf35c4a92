package se.samverka;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

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

    private EmbeddedTestPostgres embedded;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        var configured = setting(URL_PROPERTY);
        if (embeddedForced() || configured == null && !answers("localhost", probePort())) {
            startEmbedded();
            return;
        }
        var url = configured == null ? "jdbc:postgresql://localhost:" + probePort() + "/test" : configured;
        check(url);
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

    private static void check(String url) {
        var user = env("SAMVERKA_TEST_DB_USER", "postgres");
        var password = env("SAMVERKA_TEST_DB_PASSWORD", "");
        DriverManager.setLoginTimeout(3);
        try (var connection = DriverManager.getConnection(url, user, password)) {
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
