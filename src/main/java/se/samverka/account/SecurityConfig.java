package se.samverka.account;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

/** Who may reach which part of Samverka, and how people log in. */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                    + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    /**
     * Static files: public, and no work on sessions, saved requests or CSRF tokens for them (a logged-in page loads
     * several); the security headers still go out.
     */
    @Bean
    @Order(1)
    SecurityFilterChain staticFiles(HttpSecurity http) throws Exception {
        http.securityMatcher("/css/**", "/js/**", "/webjars/**", "/*.svg", "/*.txt", "/favicon.ico")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .securityContext(context -> context.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            LoginLinkHandler loginLinkHandler,
            HandlerMappingIntrospector mvcHandlerMappingIntrospector,
            OidcSignIn oidcSignIn,
            SecondFactor secondFactor,
            @Value("${samverka.crisis.lead-roles:ADMIN}") List<Role> crisisLeads)
            throws Exception {
        // who starts and ends a crisis: administrators and the roles the municipality configured (issue 17)
        var crisisLeadRoles = Role.namesOf(role -> role == Role.ADMIN || crisisLeads.contains(role));
        // Nothing an anonymous visitor does may need a server session (a database row that lives for hours): the
        // page asked for before the login and the CSRF token live in cookies, and a failed login keeps no session.
        var knownPages = new KnownPages(mvcHandlerMappingIntrospector);
        var requestCache = new CookieRequestCache();
        // as Spring Security's own default: pages fetched by a browser, not by htmx or a script; and only pages
        requestCache.setRequestMatcher(new AndRequestMatcher(
                request -> "GET".equals(request.getMethod()),
                new NegatedRequestMatcher(new RequestHeaderRequestMatcher("X-Requested-With", "XMLHttpRequest")),
                new NegatedRequestMatcher(new RequestHeaderRequestMatcher("HX-Request")),
                knownPages));
        var afterLogin = new SavedRequestAwareAuthenticationSuccessHandler();
        afterLogin.setDefaultTargetUrl("/start");
        afterLogin.setRequestCache(requestCache);
        var csrfTokens = new CookieCsrfTokenRepository();
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/",
                                "/bli-volontar/**",
                                // the SMS'd confirmation link (volunteer.ShortConfirmationController)
                                "/b/*",
                                "/be-om-hjalp/**",
                                "/kris/**",
                                // the public list of safety points (safetypoint); their check-in pages are below
                                "/trygghetspunkter",
                                "/erbjudande/**",
                                "/foreningar/**",
                                "/insatser/**",
                                "/ideer/**",
                                "/utskick/svar/**",
                                // a resource group member's roll link: the token is the credential (resourcegroup)
                                "/grupp/narvaro/**",
                                "/gallring/stanna/**",
                                "/gallring/tack",
                                "/login/**",
                                "/ott/**",
                                "/integritet",
                                "/integritet/behandlingar",
                                "/tillganglighet",
                                "/kommun.css",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/images/**",
                                "/favicon.ico",
                                "/favicon.svg",
                                "/robots.txt",
                                "/error",
                                "/actuator/health/**",
                                "/webhooks/**",
                                // a calendar feed: the secret token in the address is the credential (issue 18)
                                "/kalender/**")
                        .permitAll()
                        .requestMatchers("/mina-sidor/**")
                        .hasRole(Role.VOLUNTEER.name())
                        .requestMatchers("/admin/kris", "/admin/kris/**")
                        .hasAnyRole(crisisLeadRoles)
                        // a safety point's check-in and check-out, behind its poster's QR code
                        .requestMatchers("/trygghetspunkter/**")
                        .hasRole(Role.VOLUNTEER.name())
                        .requestMatchers("/admin/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers("/idelabbet/**")
                        .hasAnyRole(Role.COACH.name(), Role.ADMIN.name())
                        .requestMatchers("/samordning/**")
                        .hasRole(Role.COORDINATOR.name())
                        // the collaboration body: department representatives, Idélabbet's coaches and admins; pages
                        // narrow it further
                        .requestMatchers("/samverkan/**")
                        .hasAnyRole(Role.namesOf(Role::seesCollaboration))
                        // the data-protection officer's audit search
                        .requestMatchers("/dataskydd/**")
                        .hasAnyRole(Role.PRIVACY_OFFICER.name(), Role.ADMIN.name())
                        // an association's workspace: any logged-in person; each page checks membership of that
                        // organisation
                        .requestMatchers("/forening/**")
                        .authenticated()
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(afterLogin)
                        .failureHandler(failureTo("/login?fel=losenord"))
                        .permitAll())
                // loginPage() would also move the processing URL to /login, where form login listens: keep it apart
                .oneTimeTokenLogin(ott -> ott.loginPage("/login")
                        .loginProcessingUrl("/login/ott")
                        .tokenGenerationSuccessHandler(loginLinkHandler)
                        .showDefaultSubmitPage(false)
                        .authenticationSuccessHandler(afterLogin)
                        .authenticationFailureHandler(failureTo("/login?fel=lank")))
                .requestCache(cache -> cache.requestCache(requestCache))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(knownPages).accessDeniedHandler(new ExpiredFormHandler()))
                // a staff member with only the password is sent to the code page (issue 14, point 3)
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(
                        new SecondFactorStep(secondFactor, new ExpiredFormHandler(), requestCache)))
                .logout(logout -> logout.logoutSuccessUrl("/?utloggad"))
                // machine-to-machine callbacks (the SMS provider) authenticate with a shared secret, not a session
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens).ignoringRequestMatchers("/webhooks/**"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(ref -> ref.policy(ReferrerPolicy.SAME_ORIGIN)));
        // the municipality's sign-in for staff and the e-ID broker, when configured
        oidcSignIn.configure(http, afterLogin);
        return http.build();
    }

    /**
     * A request the firewall refuses (a {@code ;}, {@code //} or an encoded {@code %} in the address) never reaches the
     * chain's header writer, and the error page's own dispatch skips it: the 400 gets the same headers here.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        List<HeaderWriter> writers = List.of(
                new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY),
                new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY),
                new XContentTypeOptionsHeaderWriter(),
                new ReferrerPolicyHeaderWriter(ReferrerPolicy.SAME_ORIGIN),
                new CacheControlHeadersWriter(),
                new HstsHeaderWriter());
        return (request, response, rejected) -> {
            writers.forEach(writer -> writer.writeHeaders(request, response));
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        };
    }

    /** The login page says what went wrong from the address alone, so the failure needs no session. */
    private static SimpleUrlAuthenticationFailureHandler failureTo(String url) {
        var handler = new SimpleUrlAuthenticationFailureHandler(url);
        handler.setAllowSessionCreation(false);
        return handler;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The only provider of the global authentication manager, so that a password is checked once per attempt (one-time
     * links have their own provider in the filter chain, which uses {@link AccountUserDetailsService}).
     */
    @Bean
    AuthenticationProvider passwordLogin(AccountRepository accounts, PasswordEncoder passwordEncoder) {
        return new PasswordLogin(accounts::findByUsername, passwordEncoder);
    }
}
