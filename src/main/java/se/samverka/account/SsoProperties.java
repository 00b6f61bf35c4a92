package se.samverka.account;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Staff sign-in with the municipality's identity provider (OIDC: Entra ID, ADFS, Keycloak...), switched on when
 * {@code samverka.sso.issuer-uri}, {@code client-id} and {@code client-secret} are set (SAMVERKA_SSO_*, see README).
 *
 * @param name what the login page calls the sign-in ("Logga in med {name}"); empty: "kommunens inloggning"
 * @param roleClaim the ID token (or user info) claim that lists the person's groups
 * @param roles for each staff role, the comma-separated groups that give it (SAMVERKA_SSO_ROLES_COORDINATOR...)
 * @param scopes the scopes asked for
 */
@ConfigurationProperties("samverka.sso")
record SsoProperties(
        String issuerUri,
        String clientId,
        String clientSecret,
        String name,
        @DefaultValue("groups") String roleClaim,
        Map<Role, String> roles,
        @DefaultValue({"openid", "profile", "email"}) List<String> scopes) {

    boolean configured() {
        return OidcClient.configured(issuerUri, clientId, clientSecret);
    }

    OidcClient client() {
        return new OidcClient(issuerUri.strip(), clientId.strip(), clientSecret, Set.copyOf(scopes));
    }

    /** The groups of each staff role, as configured. */
    Map<Role, Set<String>> groups() {
        var groups = new EnumMap<Role, Set<String>>(Role.class);
        if (roles != null) {
            roles.forEach((role, list) -> {
                if (role.isStaff() && list != null) {
                    groups.put(
                            role,
                            Set.copyOf(Arrays.stream(list.split(","))
                                    .map(String::strip)
                                    .filter(group -> !group.isEmpty())
                                    .toList()));
                }
            });
        }
        return groups;
    }
}
