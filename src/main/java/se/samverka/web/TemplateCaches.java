package se.samverka.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.cache.StandardCacheManager;

/**
 * Room in Thymeleaf's caches for all of Samverka's templates. Its defaults keep 200 parsed templates (each fragment
 * selector counts as one) and 500 parsed expressions, Thymeleaf's and SpEL's together; the templates hold about
 * 150 files and 3,400 distinct expressions, so under load the caches evicted what the next page needed and every
 * request parsed expressions again (a profile of the home page and the sign-up form under load, issue 11). A parsed
 * expression is a few hundred bytes: twenty thousand of them are a few megabytes.
 */
@Component
class TemplateCaches implements BeanPostProcessor {

    static final int TEMPLATES = 2_000;

    static final int EXPRESSIONS = 20_000;

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof TemplateEngine engine && !engine.isInitialized()) {
            var caches = new StandardCacheManager();
            caches.setTemplateCacheMaxSize(TEMPLATES);
            caches.setExpressionCacheMaxSize(EXPRESSIONS);
            engine.setCacheManager(caches);
        }
        return bean;
    }
}
