package se.samverka.web;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.thymeleaf.ITemplateEngine;
import se.samverka.shared.MunicipalTime;

@Configuration(proxyBeanMethods = false)
@org.springframework.boot.context.properties.EnableConfigurationProperties(ApiRateLimitProperties.class)
class WebConfig implements WebMvcConfigurer {

    static final Locale SWEDISH = Locale.forLanguageTag("sv");

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("samverka-lang");
        resolver.setDefaultLocale(SWEDISH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setCookieHttpOnly(true);
        return resolver;
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(MunicipalTime.ZONE);
    }

    @Bean
    RateLimiter rateLimiter(RateLimitBuckets buckets, MeterRegistry registry) {
        return new RateLimiter(buckets, registry);
    }

    /** Before Spring Security (order -100), so that login and link requests are counted before they are handled. */
    @Bean
    FilterRegistrationBean<SignInGuard> signInGuard(RateLimitProperties properties, RateLimiter limiter) {
        var registration = new FilterRegistrationBean<>(new SignInGuard(properties, limiter));
        registration.setOrder(-110);
        return registration;
    }

    /** After Spring Security, which has refused what an anonymous visitor may not post and knows who is logged in. */
    @Bean
    FilterRegistrationBean<PublicFormGuard> publicFormGuard(
            RateLimitProperties properties, RateLimiter limiter, MeterRegistry registry) {
        var registration = new FilterRegistrationBean<>(new PublicFormGuard(properties, limiter, registry));
        registration.setOrder(-90);
        return registration;
    }

    /** Before Spring Security, like the sign-in guard: the REST API's requests per key or per address. */
    @Bean
    FilterRegistrationBean<ApiGuard> apiGuard(ApiRateLimitProperties properties, RateLimiter limiter) {
        var registration = new FilterRegistrationBean<>(new ApiGuard(properties, limiter));
        registration.setOrder(-110);
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    /** Shared by all instances in PostgreSQL; in memory on the demo's H2, where only one instance runs. */
    @Bean
    RateLimitBuckets rateLimitBuckets(DataSource dataSource) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                return new PostgresBuckets(dataSource);
            }
        }
        return new InMemoryBuckets();
    }

    /**
     * Outermost, before Spring Session's filter (order {@code Integer.MIN_VALUE + 50}) which already needs the
     * database, so that a database outage anywhere becomes a 503 with the friendly page.
     */
    @Bean
    FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(
            ITemplateEngine templates,
            LocaleResolver locales,
            @Value("${samverka.web.unavailable-retry-after:10s}") Duration retryAfter) {
        var registration = new FilterRegistrationBean<>(new DatabaseUnavailableFilter(templates, locales, retryAfter));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * Right after the database guard, before Spring Session and Spring Security, which build the absolute addresses;
     * it changes nothing when no public address is configured.
     */
    @Bean
    FilterRegistrationBean<BaseUrlFilter> baseUrlFilter(@Value("${samverka.web.base-url:}") String baseUrl) {
        var registration = new FilterRegistrationBean<>(new BaseUrlFilter(baseUrl));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageSwitch());
    }
}
