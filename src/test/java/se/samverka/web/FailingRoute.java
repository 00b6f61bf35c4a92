package se.samverka.web;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A page that fails with a detail nobody may see (ErrorPagesTests), in the contexts of {@link ServedOverHttp} only: a
 * test configuration is never picked up by the application's component scan.
 */
@TestConfiguration
@RestController
class FailingRoute {

    @GetMapping("/mina-sidor/testfel")
    String fail() {
        throw new IllegalStateException("secret detail");
    }
}
