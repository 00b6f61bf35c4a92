package se.samverka.account;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipality's identity provider as the REST API needs it: where the staff sign-in's provider is, and which
 * staff account a person there is linked to. The link is the one {@link StaffSignIn} made at the person's first
 * sign-in (issuer and subject, never the e-mail address). The API checks the provider's tokens itself; this only says
 * whom they name, and creates or changes nothing.
 */
@Service
public class SsoStaff {

    /** The staff sign-in's registration: the issuer, and the client id its ID tokens are meant for. */
    public record Provider(String issuerUri, String clientId) {}

    /** An account linked to a person at the provider, with its role now and whether it may sign in. */
    public record Member(UUID accountId, Role role, boolean enabled) {}

    private final SsoProperties sso;
    private final SsoIdentities identities;

    SsoStaff(SsoProperties sso, SsoIdentities identities) {
        this.sso = sso;
        this.identities = identities;
    }

    /** The staff sign-in's provider, or empty when staff do not sign in through one. */
    public Optional<Provider> provider() {
        if (!sso.configured()) {
            return Optional.empty();
        }
        var client = sso.client();
        return Optional.of(new Provider(client.issuerUri(), client.clientId()));
    }

    /** The account linked to this person at this issuer, enabled or not; empty when they never signed in. */
    @Transactional(readOnly = true)
    public Optional<Member> linked(String issuer, String subject) {
        if (issuer == null || subject == null || issuer.isBlank() || subject.isBlank()) {
            return Optional.empty();
        }
        return identities
                .accountOf(issuer, subject)
                .map(user -> new Member(user.accountId(), user.role(), user.enabled()));
    }
}
