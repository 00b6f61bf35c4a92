package se.samverka.account;

import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.shared.LoginName;
import se.samverka.shared.PersonRef;

/**
 * A staff member verified by the municipality's identity provider becomes a Samverka account: the first time a new
 * one (no password; username the e-mail claim), later the linked one, with the role the groups give now and the name
 * the provider has. Found by issuer and subject, never by e-mail alone, so that nobody takes over a local account by
 * naming its address at the provider. A disabled account stays disabled; a person with no mapped group is refused.
 */
@Service
class StaffSignIn {

    private static final Logger log = LoggerFactory.getLogger(StaffSignIn.class);

    private final SsoIdentities identities;
    private final StaffAccountQueries staff;
    private final StaffSessions sessions;
    private final AuditLog audit;
    private final OidcRoleMapping mapping;
    private final String roleClaim;
    private final Clock clock;

    StaffSignIn(
            SsoIdentities identities,
            StaffAccountQueries staff,
            StaffSessions sessions,
            AuditLog audit,
            SsoProperties properties,
            Clock clock) {
        this.identities = identities;
        this.staff = staff;
        this.sessions = sessions;
        this.audit = audit;
        this.mapping = new OidcRoleMapping(properties.groups());
        this.roleClaim = properties.roleClaim();
        this.clock = clock;
    }

    /** The account the person signs in as; {@link OidcRefusal} when they may not. */
    @Transactional
    SamverkaUser signIn(OidcUser person) {
        var issuer = String.valueOf(person.getIssuer());
        var subject = person.getSubject();
        var linked = identities.accountOf(issuer, subject);
        if (linked.isPresent() && !linked.get().enabled()) {
            throw new OidcRefusal("sso-avstangd");
        }
        var role = mapping.roleOf(person.getClaims().get(roleClaim)).orElseThrow(() -> new OidcRefusal("sso-roll"));
        var now = clock.instant();
        if (linked.isEmpty()) {
            var username = username(person);
            if (identities.usernameTaken(username)) {
                throw new OidcRefusal("sso-upptaget");
            }
            var id = UUID.randomUUID();
            var name = displayName(person, username);
            identities.create(id, issuer, subject, username, role, name, now);
            audit.record(
                    AuditAction.CHANGE,
                    PersonRef.account(id),
                    StaffAccounts.PURPOSE,
                    "created at the first sign-in with the municipality's identity provider; role " + role);
            return new SamverkaUser(id, username, null, role, name, true);
        }
        var account = linked.get();
        if (account.role() != role
                && account.role() == Role.ADMIN
                && staff.otherEnabledAdministrators(account.accountId()) == 0) {
            // the provider no longer says administrator, but Samverka keeps one (as /admin/konton does)
            log.warn("The last enabled administrator keeps the role although the identity provider maps {}", role);
            role = Role.ADMIN;
        }
        identities.update(account.accountId(), role, displayName(person, account.displayName()), now);
        if (account.role() != role) {
            var ended = sessions.endAllNowAndAfterCommit(account.username());
            audit.record(
                    AuditAction.CHANGE,
                    PersonRef.account(account.accountId()),
                    StaffAccounts.PURPOSE,
                    "role " + account.role() + " changed to " + role
                            + " by the identity provider's groups; sessions ended: " + ended);
        }
        return new SamverkaUser(
                account.accountId(), account.username(), null, role, displayName(person, account.displayName()), true);
    }

    private static String username(OidcUser person) {
        var email = person.getEmail();
        var name = email != null && !email.isBlank() ? email : person.getPreferredUsername();
        if (name == null || name.isBlank()) {
            name = "sso-" + person.getSubject();
        }
        return cut(LoginName.normalise(name), 254);
    }

    private static String displayName(OidcUser person, String otherwise) {
        var name = person.getFullName();
        if (name == null || name.isBlank()) {
            var given = person.getGivenName();
            var family = person.getFamilyName();
            name = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
        }
        return cut(name.isBlank() ? otherwise : name.strip(), 120);
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
