package se.samverka.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port, for the tests that need real HTTP (the servlet container's error handling,
 * no cookie jar). One configuration, with {@link FailingRoute} (ErrorPagesTests) in it, so that these classes share
 * one Spring context instead of starting one each.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(FailingRoute.class)
@interface ServedOverHttp {}
