package se.samverka.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.TransactionSystemException;

/** Recognises, anywhere in an exception's causes, that the database could not be reached. */
final class DatabaseUnavailable {

    private DatabaseUnavailable() {}

    /**
     * True for a connection that could not be had (the pool's wait ran out, connection refused) or was lost
     * (SQLSTATE class 08, or 57P01-57P03: the server shut down or is starting); false for every other error,
     * which stays a 500.
     */
    static boolean causes(Throwable error) {
        for (var cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            // the rollback after a lost connection fails too; what failed first is the application exception
            if (cause instanceof TransactionSystemException failedRollback
                    && failedRollback.getApplicationException() != null
                    && causes(failedRollback.getApplicationException())) {
                return true;
            }
        }
        return false;
    }

    /** The exception types and SQLSTATE only: messages can carry statement values. */
    static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        var state = root instanceof SQLException sql && sql.getSQLState() != null ? " " + sql.getSQLState() : "";
        return error.getClass().getSimpleName() + " < " + root.getClass().getSimpleName() + state;
    }
}
