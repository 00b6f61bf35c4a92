package se.samverka.account;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * Starts a sign-in at a configured provider, with PKCE. An unknown registration id in the address is no provider:
 * not found, not Spring's 500.
 */
class KnownRegistrations implements OAuth2AuthorizationRequestResolver {

    private final DefaultOAuth2AuthorizationRequestResolver resolver;

    KnownRegistrations(ClientRegistrationRepository registrations) {
        resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        try {
            return resolver.resolve(request);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
        try {
            return resolver.resolve(request, registrationId);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
