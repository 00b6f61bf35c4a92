package se.samverka.eid;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import se.samverka.account.OidcClient;
import se.samverka.account.OidcParty;
import se.samverka.account.OidcRefusal;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;

/**
 * The e-ID broker as the account module's OIDC client sees it: a signed-in volunteer who comes back verified is
 * linked and ID-checked and stays signed in; someone not signed in is signed in as the volunteer whose e-ID it is.
 */
@Component
class EidParty implements OidcParty {

    static final String ID = "eid";

    static final String PAGE = "/mina-sidor/e-legitimation";

    private final EidProperties properties;
    private final EidVerification verification;
    private final IdentityHash hash;

    EidParty(EidProperties properties, EidVerification verification) {
        this.properties = properties;
        this.verification = verification;
        this.hash = properties.configured() ? new IdentityHash(properties.hashKey()) : null;
    }

    boolean offered() {
        return properties.configured();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<OidcClient> client() {
        return properties.configured()
                ? Optional.of(new OidcClient(
                        properties.issuerUri().strip(),
                        properties.clientId().strip(),
                        properties.clientSecret(),
                        Set.copyOf(properties.scopes())))
                : Optional.empty();
    }

    @Override
    public Optional<UUID> verified(OidcUser person, SamverkaUser signedIn) {
        var identity = hash.of(person.getClaims().get(properties.personalNumberClaim()))
                .orElseThrow(() -> new OidcRefusal(signedIn == null ? "eid" : "ogiltig"));
        if (signedIn == null) {
            return Optional.of(verification.accountOf(identity).orElseThrow(() -> new OidcRefusal("eid-okand")));
        }
        if (signedIn.role() != Role.VOLUNTEER) {
            throw new OidcRefusal("ingen-volontar");
        }
        try {
            verification.verify(signedIn.accountId(), identity, properties.broker());
        } catch (DuplicateKeyException raced) {
            // another account linked the same identity between the check and the insert
            throw new OidcRefusal("dublett");
        }
        return Optional.empty();
    }

    @Override
    public String successUrl() {
        return PAGE + "?klar";
    }

    @Override
    public String failureUrl(String code) {
        return switch (code) {
            case "eid-okand" -> "/login?fel=eid-okand";
            case "eid", "disabled", "not-signed-in" -> "/login?fel=eid";
            case "dublett", "annan", "ogiltig", "ingen-volontar" -> PAGE + "?fel=" + code;
            default -> PAGE + "?fel=provider";
        };
    }
}
