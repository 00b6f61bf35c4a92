package se.samverka.operations;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * The actuator's own filter chain, before the pages' one: health for everyone (details only for
 * administrators and the scraper, see application.properties), metrics for the scraper's token or a logged-in
 * administrator, nothing else.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain actuatorFilterChain(HttpSecurity http, OperationsProperties properties) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(
                        auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                                .permitAll()
                                .requestMatchers("/actuator/prometheus")
                                .hasAnyRole(MetricsTokenFilter.ROLE, "ADMIN")
                                .anyRequest()
                                .denyAll())
                .addFilterBefore(new MetricsTokenFilter(properties.metricsToken()), AuthorizationFilter.class)
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable());
        return http.build();
    }
}
