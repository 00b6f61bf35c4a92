package se.samverka;

import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Fails the test run at once, with a message that says what to do, when PostgreSQL cannot be reached:
 * otherwise every test would fail on its own with a long connection error.
 */
public class PostgresCheck implements LauncherSessionListener {

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		var url = env("SAMVERKA_TEST_DB_URL", "jdbc:postgresql://localhost:5432/test");
		var user = env("SAMVERKA_TEST_DB_USER", "postgres");
		var password = env("SAMVERKA_TEST_DB_PASSWORD", "");
		DriverManager.setLoginTimeout(3);
		try (var connection = DriverManager.getConnection(url, user, password)) {
			connection.isValid(3);
		}
		catch (SQLException e) {
			var message = """

					========================================================================
					 Samverka's tests need PostgreSQL, and none answered at %s
					 (%s).
					 Start PostgreSQL (Debian: pg_ctlcluster --skip-systemctl-redirect 15 main start)
					 or point the tests elsewhere with SAMVERKA_TEST_DB_URL, SAMVERKA_TEST_DB_USER
					 and SAMVERKA_TEST_DB_PASSWORD.
					========================================================================
					""".formatted(url, e.getMessage());
			System.err.println(message);
			throw new IllegalStateException(message);
		}
	}

	private static String env(String name, String fallback) {
		var value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}
