package se.samverka.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.shared.PersonRef;

/**
 * The life of a staff account after it was made: disable, enable, force sign-out, take the administrator role away.
 * Each change that narrows access ends the person's sessions at once and is written to the audit log. The last
 * enabled administrator is kept (here, and by a trigger on PostgreSQL).
 */
@Service
class StaffAccounts {

    static final String PURPOSE = "account.lifecycle";

    /** What became of an action. */
    enum Outcome {
        DONE,
        UNCHANGED,
        LAST_ADMIN
    }

    private final StaffAccountQueries accounts;
    private final StaffSessions sessions;
    private final AuditLog audit;
    private final AccountProperties properties;
    private final Clock clock;

    StaffAccounts(
            StaffAccountQueries accounts,
            StaffSessions sessions,
            AuditLog audit,
            AccountProperties properties,
            Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    StaffAccountPage page(Role role, StaffStatus status, int page) {
        var before = inactiveBefore();
        var total = accounts.count(role, status, before);
        var pages = (int) Math.max(1, (total + StaffAccountPage.SIZE - 1) / StaffAccountPage.SIZE);
        var current = Math.min(Math.max(page, 1), pages);
        var rows = accounts.find(role, status, before, StaffAccountPage.SIZE, (current - 1) * StaffAccountPage.SIZE);
        return new StaffAccountPage(rows, role, status, current, pages, total);
    }

    @Transactional(readOnly = true)
    Optional<StaffAccount> find(UUID id) {
        return accounts.find(id, inactiveBefore());
    }

    /** True when this account is the only enabled administrator, so it can be neither disabled nor demoted. */
    @Transactional(readOnly = true)
    boolean isLastAdministrator(StaffAccount account) {
        return account.admin() && account.enabled() && accounts.otherEnabledAdministrators(account.id()) == 0;
    }

    @Transactional
    Outcome disable(StaffAccount account) {
        if (isLastAdministrator(account)) {
            return Outcome.LAST_ADMIN;
        }
        if (!accounts.setEnabled(account.id(), false, clock.instant())) {
            return Outcome.UNCHANGED;
        }
        var ended = sessions.endAllNowAndAfterCommit(account.username());
        audit.record(
                AuditAction.CHANGE, PersonRef.account(account.id()), PURPOSE, "disabled; sessions ended: " + ended);
        return Outcome.DONE;
    }

    @Transactional
    Outcome enable(StaffAccount account) {
        if (!accounts.setEnabled(account.id(), true, clock.instant())) {
            return Outcome.UNCHANGED;
        }
        audit.record(AuditAction.CHANGE, PersonRef.account(account.id()), PURPOSE, "enabled");
        return Outcome.DONE;
    }

    @Transactional
    Outcome signOut(StaffAccount account) {
        var ended = sessions.endAllNowAndAfterCommit(account.username());
        audit.record(
                AuditAction.CHANGE, PersonRef.account(account.id()), PURPOSE, "signed out; sessions ended: " + ended);
        return Outcome.DONE;
    }

    /** An administrator becomes a coordinator: the part of the administrator role that is more than a coordinator's. */
    @Transactional
    Outcome removeAdministratorRole(StaffAccount account) {
        if (!account.admin()) {
            return Outcome.UNCHANGED;
        }
        if (isLastAdministrator(account)) {
            return Outcome.LAST_ADMIN;
        }
        if (!accounts.changeRole(account.id(), Role.ADMIN, Role.COORDINATOR)) {
            return Outcome.UNCHANGED;
        }
        var ended = sessions.endAllNowAndAfterCommit(account.username());
        audit.record(
                AuditAction.CHANGE,
                PersonRef.account(account.id()),
                PURPOSE,
                "role ADMIN removed (now COORDINATOR); sessions ended: " + ended);
        return Outcome.DONE;
    }

    private Instant inactiveBefore() {
        return clock.instant().minus(properties.inactiveAfter());
    }
}
