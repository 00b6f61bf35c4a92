package se.samverka.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.samverka.IntegrationTest;

/**
 * Every route an anonymous visitor can post to is guarded (rate limits and honeypot) unless {@link PublicFormGuard}
 * lists it as left out with a reason; the test finds the routes itself, so a new public form fails it when it is not
 * guarded or its page has no honeypot field. The review's example: {@code /ideer/ny} had neither, and 15 posts in
 * 1.6 s sent a receipt with the attacker's text to any address.
 */
@IntegrationTest
class PublicPostGuardTests {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::([^}|]*)[^}]*)?}");

    @Autowired
    MockMvc mvc;

    @Autowired
    MeterRegistry registry;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyPostAnAnonymousVisitorCanMakeIsGuardedOrExplicitlyLeftOut() throws Exception {
        var failures = new ArrayList<String>();
        var guarded = new TreeSet<String>();
        var leftOut = new TreeSet<String>();
        for (var pattern : postPatterns()) {
            var path = example(pattern);
            if (PublicFormGuard.unguarded(path)) {
                leftOut.add(pattern);
                continue;
            }
            var before = caught();
            var response = mvc.perform(post(path)
                            .param(PublicFormGuard.HONEYPOT, "https://spam.example")
                            .with(csrf()))
                    .andReturn()
                    .getResponse();
            if (caught() == before + 1) {
                guarded.add(pattern);
                continue;
            }
            var location = String.valueOf(response.getRedirectedUrl());
            var refused = location.contains("/login") || response.getStatus() == 401 || response.getStatus() == 403;
            if (!refused) {
                failures.add(pattern + " took an anonymous post with its honeypot filled in: " + response.getStatus());
            }
        }
        assertThat(failures).isEmpty();
        assertThat(guarded).contains("/be-om-hjalp", "/bli-volontar", "/foreningar/ansok", "/ideer/ny");
        for (var unguarded : PublicFormGuard.UNGUARDED.keySet()) {
            var parsed = org.springframework.web.util.pattern.PathPatternParser.defaultInstance.parse(unguarded);
            assertThat(leftOut)
                    .as("a route left out that no longer exists: " + unguarded)
                    .anyMatch(route ->
                            parsed.matches(org.springframework.http.server.PathContainer.parsePath(example(route))));
        }
    }

    @Test
    void everyGuardedFormThatHasAPageHasTheHoneypotField() throws Exception {
        for (var form : PublicFormGuard.THANKS.keySet()) {
            var page =
                    Jsoup.parse(mvc.perform(get(form)).andReturn().getResponse().getContentAsString());
            if (!page.select("#surge-closed").isEmpty()) {
                // the crisis sign-up shows its form only while a crisis runs: CrisisExerciseTests checks it there
                continue;
            }
            assertThat(page.select("form[method=post] input[name=" + PublicFormGuard.HONEYPOT + "]"))
                    .as(form)
                    .hasSize(1);
        }
    }

    @Test
    void aFilledInHoneypotOnTheIdeaFormStoresNothingAndSendsNoReceipt() throws Exception {
        var before = caught();
        var response = mvc.perform(post("/ideer/ny")
                        .param("title", "Köp billiga klockor")
                        .param("email", "offer-" + UUID.randomUUID() + "@example.se")
                        .param(PublicFormGuard.HONEYPOT, "https://spam.example")
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/ideer/tack");
        assertThat(caught()).isEqualTo(before + 1);
    }

    private TreeSet<String> postPatterns() {
        var patterns = new TreeSet<String>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                patterns.addAll(info.getPatternValues());
            }
        });
        return patterns;
    }

    /** The pattern with an id in each variable (the first choice of a variable with choices). */
    private static String example(String pattern) {
        var matcher = VARIABLE.matcher(pattern);
        var path = new StringBuilder();
        while (matcher.find()) {
            var choice = matcher.group(2);
            matcher.appendReplacement(
                    path, choice != null ? choice : UUID.randomUUID().toString());
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private double caught() {
        return registry.find("samverka.honeypot.caught").counters().stream()
                .mapToDouble(c -> c.count())
                .sum();
    }
}
