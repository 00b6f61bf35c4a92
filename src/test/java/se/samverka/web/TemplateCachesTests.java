package se.samverka.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.cache.StandardCache;
import se.samverka.IntegrationTest;

/** Thymeleaf's caches hold every template and expression Samverka has, so nothing is parsed twice under load. */
@IntegrationTest
class TemplateCachesTests {

    @Autowired
    TemplateEngine engine;

    @Test
    void theCachesHaveRoomForEveryTemplateAndExpression() {
        var caches = engine.getCacheManager();
        assertThat(((StandardCache<?, ?>) caches.getExpressionCache()).getMaxSize())
                .isEqualTo(TemplateCaches.EXPRESSIONS);
        assertThat(((StandardCache<?, ?>) caches.getTemplateCache()).getMaxSize())
                .isEqualTo(TemplateCaches.TEMPLATES);
    }
}
