package se.samverka.web;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/**
 * The message bundles of every module ({@code spring.messages.basename}) as one source that merges them per language
 * once and then answers each key with one lookup. Spring Boot's default source asks the bundles one after the
 * other, so a page of a few hundred texts made thousands of lookups across the thirty bundles (a tenth of the
 * coordinator queue's time under load, issue 11). Same order of precedence (an earlier bundle wins), UTF-8, no
 * fallback to the server's language, never reloaded.
 */
@Configuration(proxyBeanMethods = false)
class Messages {

    @Bean
    MessageSource messageSource(@Value("${spring.messages.basename}") List<String> basenames) {
        var source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(basenames.stream()
                .map(String::strip)
                .map(name -> "classpath:" + name)
                .toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setUseCodeAsDefaultMessage(false);
        // cached for good: the merged properties per language are what makes a key one lookup
        source.setCacheSeconds(-1);
        return source;
    }
}
