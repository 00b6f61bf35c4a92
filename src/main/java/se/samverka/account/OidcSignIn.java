package se.samverka.account;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Sign-in and verification through OIDC providers: the municipality's for staff ({@link StaffSignIn}) and any
 * {@link OidcParty} (the e-ID broker). Off unless configured: without a provider nothing of OAuth2 is in the chain.
 * The provider's person is turned into the Samverka account at once, so that the session holds a
 * {@link SamverkaUser} named by its username as after a password login: the audit log, the last sign-in, forced
 * sign-out and disabling all work the same. Providers are found through their discovery document at start.
 */
@Component
class OidcSignIn {

    static final String STAFF = "sso";

    private static final String SIGNED_IN = OidcSignIn.class.getName() + ".signedIn";

    private static final String ACCOUNT = OidcSignIn.class.getName() + ".account";

    private static final String CALLBACK = "/login/oauth2/code/";

    private final Map<String, OidcParty> parties = new LinkedHashMap<>();
    private final InMemoryClientRegistrationRepository registrations;
    private final SsoProperties sso;
    private final StaffSignIn staff;
    private final SsoIdentities accounts;
    private final DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();
    private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

    OidcSignIn(SsoProperties sso, StaffSignIn staff, SsoIdentities accounts, ObjectProvider<OidcParty> parties) {
        this.sso = sso;
        this.staff = staff;
        this.accounts = accounts;
        var list = new ArrayList<ClientRegistration>();
        if (sso.configured()) {
            list.add(registration(STAFF, sso.client()));
        }
        for (var party : parties.orderedStream().toList()) {
            party.client().ifPresent(client -> {
                list.add(registration(party.id(), client));
                this.parties.put(party.id(), party);
            });
        }
        registrations = list.isEmpty() ? null : new InMemoryClientRegistrationRepository(list);
    }

    /** True when staff may sign in with the municipality's identity provider. */
    boolean staffSignInConfigured() {
        return sso.configured();
    }

    /** True when the party with this id is configured. */
    boolean offers(String partyId) {
        return parties.containsKey(partyId);
    }

    /** What the login page calls the municipality's sign-in; null for the default words. */
    String staffSignInName() {
        return sso.name() == null || sso.name().isBlank() ? null : sso.name().strip();
    }

    /** Adds OAuth2 login to the chain when a provider is configured. */
    void configure(HttpSecurity http, AuthenticationSuccessHandler afterLogin) throws Exception {
        if (registrations == null) {
            return;
        }
        var known = new KnownRegistrations(registrations);
        http.oauth2Login(login -> login.loginPage("/login")
                .clientRegistrationRepository(registrations)
                // Samverka calls no API of the provider: the tokens are not kept after the sign-in
                .authorizedClientRepository(new NoAuthorizedClients())
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(known))
                .successHandler((request, response, authentication) -> {
                    // the session holds the Samverka account, not the provider's person (see toAccount)
                    var account = (Authentication) request.getAttribute(ACCOUNT);
                    var context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(account);
                    SecurityContextHolder.setContext(context);
                    contexts.saveContext(context, request, response);
                    if (account == null) {
                        redirect.sendRedirect(request, response, "/login?fel=sso");
                        return;
                    }
                    var party = party(request);
                    if (party.isEmpty() || request.getAttribute(SIGNED_IN) != null) {
                        afterLogin.onAuthenticationSuccess(request, response, authentication);
                    } else {
                        redirect.sendRedirect(request, response, party.get().successUrl());
                    }
                })
                .failureHandler((request, response, exception) -> {
                    var code = exception instanceof OAuth2AuthenticationException oauth
                                    && oauth.getError().getErrorCode().startsWith(REFUSAL)
                            ? oauth.getError().getErrorCode().substring(REFUSAL.length())
                            : "provider";
                    var party = party(request);
                    var url = party.isEmpty()
                            ? "/login?fel=" + (code.startsWith("sso-") ? code : "sso")
                            : party.get().failureUrl(code);
                    redirect.sendRedirect(request, response, url);
                })
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2LoginAuthenticationFilter>() {
                    @Override
                    public <O extends OAuth2LoginAuthenticationFilter> O postProcess(O filter) {
                        filter.setAuthenticationResultConverter(OidcSignIn.this::toAccount);
                        return filter;
                    }
                }));
    }

    /** The error codes of refusals start with this, so that a provider's own errors never pass for one. */
    private static final String REFUSAL = "samverka:";

    /**
     * Turns the provider's person into the Samverka account, or refuses them. Spring Security wants the provider's
     * person back as the filter's result; the account goes in a request attribute, and the success handler puts it
     * in the session in the person's place.
     */
    private OAuth2AuthenticationToken toAccount(OAuth2LoginAuthenticationToken token) {
        var account = account(token);
        var request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(ACCOUNT, account, RequestAttributes.SCOPE_REQUEST);
        }
        return new OAuth2AuthenticationToken(
                token.getPrincipal(),
                token.getAuthorities(),
                token.getClientRegistration().getRegistrationId());
    }

    private AbstractAuthenticationToken account(OAuth2LoginAuthenticationToken token) {
        var id = token.getClientRegistration().getRegistrationId();
        if (!(token.getPrincipal() instanceof OidcUser person)) {
            throw new OAuth2AuthenticationException(new OAuth2Error("not_oidc"));
        }
        try {
            if (STAFF.equals(id)) {
                try {
                    return SignInAuthorities.of(
                            staff.signIn(person), SignInAuthorities.withAuthorizationCode(token.getAuthorities()));
                } catch (DataIntegrityViolationException raced) {
                    // two first sign-ins of one person at once: the second is asked to try again
                    throw new OidcRefusal("sso");
                }
            }
            var signedIn = signedIn();
            var accountId = parties.get(id).verified(person, signedIn);
            if (accountId.isEmpty()) {
                if (signedIn == null) {
                    throw new OidcRefusal("not-signed-in");
                }
                return SignInAuthorities.of(
                        signedIn,
                        SecurityContextHolder.getContext().getAuthentication().getAuthorities());
            }
            var user = accounts.findById(accountId.get())
                    .filter(SamverkaUser::enabled)
                    .orElseThrow(() -> new OidcRefusal("disabled"));
            // signed in by the party (a volunteer with e-ID): on to where a login leads
            var request = RequestContextHolder.getRequestAttributes();
            if (request != null) {
                request.setAttribute(SIGNED_IN, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
            }
            return SignInAuthorities.of(user, SignInAuthorities.withAuthorizationCode(token.getAuthorities()));
        } catch (OidcRefusal refusal) {
            throw new OAuth2AuthenticationException(new OAuth2Error(REFUSAL + refusal.code()), refusal.code());
        }
    }

    private static SamverkaUser signedIn() {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        return current != null && current.isAuthenticated() && current.getPrincipal() instanceof SamverkaUser user
                ? user
                : null;
    }

    private Optional<OidcParty> party(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(CALLBACK)
                ? Optional.ofNullable(parties.get(path.substring(CALLBACK.length())))
                : Optional.empty();
    }

    private static ClientRegistration registration(String id, OidcClient client) {
        return ClientRegistrations.fromIssuerLocation(client.issuerUri())
                .registrationId(id)
                .clientId(client.clientId())
                .clientSecret(client.clientSecret())
                .scope(client.scopes())
                .build();
    }
}
