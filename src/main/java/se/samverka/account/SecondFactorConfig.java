package se.samverka.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.authorization.DefaultAuthorizationManagerFactory;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Spring Security 7's multi-factor support, applied to staff: the factory {@code authorizeHttpRequests} builds its
 * rules with ({@code hasRole}, {@code authenticated}, ...) adds the {@link SecondFactor} requirement to each of them;
 * {@code permitAll} pages stay open, so the login and code pages can be reached.
 */
@Configuration(proxyBeanMethods = false)
class SecondFactorConfig {

    @Bean
    AuthorizationManagerFactory<RequestAuthorizationContext> staffAuthorizationManagerFactory(
            SecondFactor secondFactor) {
        var factory = new DefaultAuthorizationManagerFactory<RequestAuthorizationContext>();
        factory.setAdditionalAuthorization(secondFactor);
        return factory;
    }
}
