package se.samverka.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import se.samverka.web.ApiUserLimit;

/**
 * The API's own filter chain: stateless (no session, no cookies, so no CSRF tokens either), an organisation's
 * routes only with its key in {@code Authorization: Bearer}, the staff routes with a staff key or a staff member's
 * token from the identity provider ({@link CredentialFilter}), every refusal a problem detail. A wrong or revoked key
 * is refused at once, even on a public route, so that a client notices.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

    static final String ORGANISATION_ROUTES = "/api/v1/organisation/**";

    static final String STAFF_ROUTES = "/api/v1/staff/**";

    /**
     * Swagger UI under the application's own strict policy, unchanged: it renders in Chromium (checked by hand); the
     * one inline style its bundle tries to set is refused and shows no difference.
     */
    static final String DOCS_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @Bean
    @Order(0)
    SecurityFilterChain apiChain(
            HttpSecurity http, ApiKeys keys, StaffApiKeys staffKeys, StaffBearerTokens tokens, ApiUserLimit userLimit)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers(ORGANISATION_ROUTES)
                        .hasAuthority(CredentialFilter.API_CLIENT)
                        .requestMatchers(STAFF_ROUTES)
                        .hasAuthority(CredentialFilter.API_STAFF)
                        .anyRequest()
                        .permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .csrf(csrf -> csrf.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .addFilterBefore(
                        new CredentialFilter(keys, staffKeys, tokens, userLimit), AnonymousAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) -> ApiProblems.write(
                                response,
                                HttpStatus.UNAUTHORIZED,
                                "An API key (or, on the staff routes, a staff member's token) is needed: "
                                        + "Authorization: Bearer <key>",
                                "https://samverka.se/problem/api-key"))
                        .accessDeniedHandler((request, response, e) -> ApiProblems.write(
                                response, HttpStatus.FORBIDDEN, "Not for this key or this staff member's role", null)))
                .headers(headers -> headers.cacheControl(cache -> cache.disable())
                        .referrerPolicy(ref -> ref.policy(ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY)));
        return http.build();
    }

    /** Swagger UI's page and files: public and stateless, with the application's content security policy. */
    @Bean
    @Order(-1)
    SecurityFilterChain swaggerUi(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/docs", "/api/swagger-ui/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(DOCS_POLICY))
                        .referrerPolicy(ref -> ref.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
