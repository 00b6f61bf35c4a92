package se.samverka.account;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.shared.EmailAddress;

/** Creates and changes accounts; the one way other modules touch logins. */
@Service
public class AccountManagement {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final StaffAccounts staff;
    private final Clock clock;
    private final CodeAddresses codeAddresses;

    AccountManagement(
            AccountRepository accounts,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events,
            StaffAccounts staff,
            Clock clock,
            CodeAddresses codeAddresses) {
        this.accounts = accounts;
        this.codeAddresses = codeAddresses;
        this.staff = staff;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    /** The display names of the enabled accounts with the role, in alphabetical order. */
    @Transactional(readOnly = true)
    public java.util.List<String> displayNamesWithRole(Role role) {
        return accounts.displayNamesWithRole(role);
    }

    /** A volunteer's account: the e-mail address is the username, and there is no password. */
    @Transactional
    public UUID createVolunteerAccount(EmailAddress email, String displayName, Locale locale) {
        var id = UUID.randomUUID();
        accounts.insert(id, email.value(), null, Role.VOLUNTEER, displayName, language(locale), clock.instant());
        return id;
    }

    /**
     * The account of an association's representative who is not a volunteer: the e-mail address is the username,
     * there is no password. Returns the existing account when the address already has one (a volunteer who also
     * represents their association keeps one account).
     */
    @Transactional
    public UUID representativeAccount(EmailAddress email, String displayName, Locale locale) {
        var existing = accounts.findByUsername(email.value());
        if (existing.isPresent()) {
            return existing.get().accountId();
        }
        var id = UUID.randomUUID();
        accounts.insert(id, email.value(), null, Role.REPRESENTATIVE, displayName, language(locale), clock.instant());
        return id;
    }

    @Transactional
    public UUID createStaffAccount(String username, String rawPassword, Role role, String displayName) {
        if (!role.isStaff()) {
            throw new IllegalArgumentException("Staff accounts only");
        }
        var id = UUID.randomUUID();
        accounts.insert(
                id,
                se.samverka.shared.LoginName.normalise(username),
                passwordEncoder.encode(rawPassword),
                role,
                displayName,
                "sv",
                clock.instant());
        return id;
    }

    @Transactional
    public void updateVolunteerAccount(UUID accountId, EmailAddress email, String displayName, Locale locale) {
        accounts.update(accountId, email.value(), displayName, language(locale));
    }

    @Transactional
    public void delete(UUID accountId) {
        accounts.delete(accountId);
    }

    /**
     * Ends a staff member's access at once: the account is disabled and every session of theirs ended, and the
     * audit log says who did it. False when there is no such staff account or it is the last administrator.
     */
    @Transactional
    public boolean endStaffAccess(UUID accountId) {
        return staff.find(accountId)
                .map(account -> staff.disable(account) != StaffAccounts.Outcome.LAST_ADMIN)
                .orElse(false);
    }

    /** Whether the account exists, is a staff account and has the role. */
    @Transactional(readOnly = true)
    public boolean isStaffAccountWithRole(UUID accountId, Role role) {
        return staff.find(accountId).filter(account -> account.role() == role).isPresent();
    }

    /** Lets a disabled staff account sign in again (audited); nothing when it is enabled already. */
    @Transactional
    public void restoreStaffAccess(UUID accountId) {
        staff.find(accountId).ifPresent(staff::enable);
    }

    @Transactional(readOnly = true)
    public Optional<SamverkaUser> findByUsername(String username) {
        return accounts.findByUsername(se.samverka.shared.LoginName.normalise(username));
    }

    /**
     * Called when someone asked for a login link. Publishes {@link LoginLinkRequested} only for an existing
     * volunteer or representative; the caller shows the same page either way, so nobody learns who has an account.
     */
    @Transactional
    public void loginLinkRequested(String username, String tokenValue) {
        var normalised = se.samverka.shared.LoginName.normalise(username);
        accounts.findByUsername(normalised)
                .filter(user -> user.role().logsInWithLink() && user.enabled())
                .ifPresent(user -> events.publishEvent(new LoginLinkRequested(
                        user.accountId(),
                        normalised,
                        accounts.localeOf(normalised).orElse("sv"),
                        tokenValue)));
    }

    /**
     * Gives a staff account an address for its sign-in codes (the second factor) when it has none: the demo's
     * accounts whose usernames are no e-mail addresses. An administrator changes it at /admin/konton.
     */
    @Transactional
    public void setCodeAddressIfMissing(String username, EmailAddress email) {
        accounts.findByUsername(se.samverka.shared.LoginName.normalise(username))
                .filter(user -> user.role().isStaff())
                .ifPresent(user -> codeAddresses.setIfMissing(user.accountId(), user.username(), email));
    }

    private static String language(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "en" : "sv";
    }
}
