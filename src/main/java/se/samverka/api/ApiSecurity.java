package se.samverka.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's own filter chain: stateless (no session, no cookies, so no CSRF tokens either), an organisation's
 * routes only with its key in {@code Authorization: Bearer}, every refusal a problem detail. A wrong or revoked key
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
    SecurityFilterChain apiChain(HttpSecurity http, ApiKeys keys, StaffApiKeys staffKeys) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers(ORGANISATION_ROUTES)
                        .hasRole("API_CLIENT")
                        .requestMatchers(STAFF_ROUTES)
                        .hasRole("API_STAFF")
                        .anyRequest()
                        .permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .csrf(csrf -> csrf.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .addFilterBefore(new KeyFilter(keys, staffKeys), AnonymousAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) -> ApiProblems.write(
                                response,
                                HttpStatus.UNAUTHORIZED,
                                "An API key is needed: Authorization: Bearer <key>",
                                "https://samverka.se/problem/api-key"))
                        .accessDeniedHandler((request, response, e) ->
                                ApiProblems.write(response, HttpStatus.FORBIDDEN, "Not for this key", null)))
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

    /** Reads the key from the header; a key that is not an active key ends the request with 401. */
    static final class KeyFilter extends OncePerRequestFilter {

        private final ApiKeys keys;
        private final StaffApiKeys staffKeys;

        KeyFilter(ApiKeys keys, StaffApiKeys staffKeys) {
            this.keys = keys;
            this.staffKeys = staffKeys;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var header = request.getHeader("Authorization");
            if (header == null || header.isBlank()) {
                chain.doFilter(request, response);
                return;
            }
            var secret = header.regionMatches(true, 0, "Bearer ", 0, 7)
                    ? header.substring(7).strip()
                    : null;
            UsernamePasswordAuthenticationToken authentication = null;
            if (secret != null && secret.startsWith(StaffApiKeys.PREFIX)) {
                authentication = staffKeys
                        .authenticate(secret)
                        .map(staff -> UsernamePasswordAuthenticationToken.authenticated(
                                staff, null, List.of(new SimpleGrantedAuthority("ROLE_API_STAFF"))))
                        .orElse(null);
            } else if (secret != null) {
                authentication = keys.authenticate(secret)
                        .map(client -> UsernamePasswordAuthenticationToken.authenticated(
                                client, null, List.of(new SimpleGrantedAuthority("ROLE_API_CLIENT"))))
                        .orElse(null);
            }
            if (authentication == null) {
                response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                ApiProblems.write(
                        response,
                        HttpStatus.UNAUTHORIZED,
                        "The key is unknown or revoked",
                        "https://samverka.se/problem/api-key");
                return;
            }
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(authentication);
            SecurityContextHolder.setContext(context);
            try {
                chain.doFilter(request, response);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }
}
