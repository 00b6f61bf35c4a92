package se.samverka.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The static files, under a few prefixes only, with the hash of their content in their names and cached for a
 * year. Boot's catch-all mapping ({@code /**}, switched off by {@code spring.web.resources.add-mappings=false})
 * made every {@code @{…}} link on every page look for a file of that name inside the jar; now only links under
 * these prefixes are resolved, once each (the chain caches them).
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    /** The addresses of static files; the security chain for them keeps no session either. */
    static final String[] PATTERNS = {"/css/**", "/js/**", "/webjars/**", "/*.svg", "/*.txt"};

    private static final CacheControl A_YEAR =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private static final CacheControl A_DAY =
            CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // before the controllers' mappings: a file's request no longer tries every @RequestMapping first (a
        // profile of GET /css/… showed most of its time there); no controller answers under these prefixes
        registry.setOrder(-1);
        hashed(registry, "/css/**", "classpath:/static/css/");
        hashed(registry, "/js/**", "classpath:/static/js/");
        hashed(registry, "/webjars/**", "classpath:/META-INF/resources/webjars/");
        hashed(registry, "/*.svg", "classpath:/static/");
        // crawlers ask for robots.txt by that name, never by a hashed one
        registry.addResourceHandler("/*.txt")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(A_DAY)
                .resourceChain(true);
    }

    private static void hashed(ResourceHandlerRegistry registry, String pattern, String location) {
        registry.addResourceHandler(pattern)
                .addResourceLocations(location)
                .setCacheControl(A_YEAR)
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }
}
