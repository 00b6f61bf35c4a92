package se.samverka.account;

import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.shared.EmailAddress;
import se.samverka.shared.PersonRef;

/**
 * Where a staff account's sign-in codes go: the address an administrator set on /admin/konton (audited), else the
 * username when it is an e-mail address. The recovery path: an administrator who lost their address gets a new one
 * from another administrator; the only administrator gets one from whoever runs Samverka (SAMVERKA_ADMIN_USERNAME and
 * SAMVERKA_ADMIN_EMAIL at start, {@link #applyConfigured}).
 */
@Service
class CodeAddresses {

    private static final Logger log = LoggerFactory.getLogger(CodeAddresses.class);

    private final SecondFactorRepository repository;
    private final AccountRepository accounts;
    private final AccountProperties accountProperties;
    private final SecondFactorProperties properties;
    private final AuditLog audit;

    CodeAddresses(
            SecondFactorRepository repository,
            AccountRepository accounts,
            AccountProperties accountProperties,
            SecondFactorProperties properties,
            AuditLog audit) {
        this.repository = repository;
        this.accounts = accounts;
        this.accountProperties = accountProperties;
        this.properties = properties;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    Optional<String> of(UUID accountId, String username) {
        return repository.email(accountId).or(() -> asAddress(username));
    }

    /** An administrator sets a staff member's address; false when it already was this one. */
    @Transactional
    boolean change(StaffAccount account, EmailAddress email) {
        if (!repository.setEmail(account.id(), email.value())) {
            return false;
        }
        audit.record(
                AuditAction.CHANGE, PersonRef.account(account.id()), StaffAccounts.PURPOSE, "sign-in code address set");
        return true;
    }

    /** The demo's staff accounts whose usernames are no addresses get one, once. */
    @Transactional
    void setIfMissing(UUID accountId, String username, EmailAddress email) {
        if (of(accountId, username).isEmpty()) {
            repository.setEmail(accountId, email.value());
        }
    }

    /**
     * At start: the administrator named by SAMVERKA_ADMIN_USERNAME gets SAMVERKA_ADMIN_EMAIL as their code address
     * when both are set and it differs (audited, and said in the log). Nothing for an unknown or non-admin account.
     */
    @Transactional
    void applyConfigured() {
        var username = accountProperties.initialAdminUsername();
        var email = properties.adminEmail();
        if (username == null || username.isBlank() || email == null || email.isBlank()) {
            return;
        }
        if (!EmailAddress.isValid(email)) {
            log.warn("SAMVERKA_ADMIN_EMAIL is not an e-mail address; no sign-in code address was set");
            return;
        }
        var account = accounts.findByUsername(se.samverka.shared.LoginName.normalise(username))
                .filter(user -> user.role() == Role.ADMIN);
        if (account.isEmpty()) {
            log.warn("SAMVERKA_ADMIN_USERNAME names no administrator; no sign-in code address was set");
            return;
        }
        var id = account.get().accountId();
        if (repository.setEmail(id, EmailAddress.of(email).value())) {
            audit.record(
                    AuditAction.CHANGE,
                    PersonRef.account(id),
                    StaffAccounts.PURPOSE,
                    "sign-in code address set at start (SAMVERKA_ADMIN_EMAIL)");
            log.warn("The administrator's sign-in code address was set from SAMVERKA_ADMIN_EMAIL at start");
        }
    }

    private static Optional<String> asAddress(String username) {
        return EmailAddress.isValid(username)
                ? Optional.of(EmailAddress.of(username).value())
                : Optional.empty();
    }
}
