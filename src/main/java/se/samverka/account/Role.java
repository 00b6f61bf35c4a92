package se.samverka.account;

import java.util.Arrays;
import java.util.function.Predicate;

/**
 * What an account may do. Staff roles (coaches of Idélabbet among them) log in with a password; volunteers and representatives of an
 * association (who may not be volunteers themselves) with a one-time link. What a representative may do in
 * their organisation is decided by their membership there, not by this role.
 */
public enum Role {
    ADMIN,
    COORDINATOR,
    VOLUNTEER,
    REPRESENTATIVE,
    COACH,
    /** A department's representative in the collaboration body (samverkansorganet). */
    DEPARTMENT_REPRESENTATIVE,
    /** The data-protection officer: reads the audit log, nothing else. */
    PRIVACY_OFFICER;

    public boolean isStaff() {
        return this == ADMIN
                || this == COORDINATOR
                || this == COACH
                || this == DEPARTMENT_REPRESENTATIVE
                || this == PRIVACY_OFFICER;
    }

    /**
     * Sees the collaboration body's pages ({@code /samverkan/**}), the overview among them, and the overview's
     * figures in the REST API with a bearer token: department representatives, Idélabbet's coaches and administrators.
     */
    public boolean seesCollaboration() {
        return this == DEPARTMENT_REPRESENTATIVE || this == COACH || this == ADMIN;
    }

    /** Logs in with a one-time link sent to the e-mail address that is the username. */
    public boolean logsInWithLink() {
        return !isStaff();
    }

    /** The names of the roles that pass the test, for the filter chain's {@code hasAnyRole}. */
    static String[] namesOf(Predicate<Role> test) {
        return Arrays.stream(values()).filter(test).map(Role::name).toArray(String[]::new);
    }
}
