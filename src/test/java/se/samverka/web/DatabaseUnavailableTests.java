package se.samverka.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures count as "the database cannot be reached" (503) and which stay errors (500). */
class DatabaseUnavailableTests {

    @Test
    void recognisesPoolTimeoutsRefusedAndLostConnectionsAnywhereInTheCauses() {
        var poolTimeout = new SQLTransientConnectionException("HikariPool-1 - Connection is not available");
        assertThat(DatabaseUnavailable.causes(new CannotCreateTransactionException("tx", poolTimeout)))
                .isTrue();
        assertThat(DatabaseUnavailable.causes(new ServletException(
                        "request",
                        new CannotGetJdbcConnectionException(
                                "get", new SQLException("refused", "08001", new ConnectException())))))
                .isTrue();
        assertThat(DatabaseUnavailable.causes(new RuntimeException(new SQLException("shutting down", "57P01"))))
                .isTrue();
    }

    @Test
    void recognisesAFailedRollbackAfterALostConnectionByWhatFailedFirst() {
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new SQLException("I/O error", "08006"));
        assertThat(DatabaseUnavailable.causes(new ServletException(rollback))).isTrue();
        var otherRollback = new TransactionSystemException("JDBC rollback failed", new SQLException("closed"));
        otherRollback.initApplicationException(new IllegalStateException("a bug"));
        assertThat(DatabaseUnavailable.causes(otherRollback)).isFalse();
    }

    @Test
    void leavesOtherErrorsAlone() {
        assertThat(DatabaseUnavailable.causes(
                        new DataIntegrityViolationException("duplicate", new SQLException("duplicate key", "23505"))))
                .isFalse();
        assertThat(DatabaseUnavailable.causes(new IllegalStateException("a bug")))
                .isFalse();
    }

    @Test
    void describesByTypesAndStateOnly() {
        var error = new CannotGetJdbcConnectionException(
                "anna@example.se", new SQLException("password for anna failed", "08004"));
        assertThat(DatabaseUnavailable.describe(error))
                .isEqualTo("CannotGetJdbcConnectionException < SQLException 08004")
                .doesNotContain("anna");
    }
}
