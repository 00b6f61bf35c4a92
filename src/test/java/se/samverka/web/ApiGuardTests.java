package se.samverka.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The API's rate limit: per key when a request carries one, else per address; 429 with Retry-After. */
class ApiGuardTests {

    private final ApiGuard guard = new ApiGuard(
            new ApiRateLimitProperties(
                    true,
                    new RateLimitProperties.Limit(2, Duration.ofMinutes(1)),
                    new RateLimitProperties.Limit(3, Duration.ofMinutes(1))),
            new RateLimiter(new InMemoryBuckets(), new SimpleMeterRegistry()));

    @Test
    void refusesAnAddressPastItsLimitWithRetryAfterAndAProblemDetail() throws Exception {
        assertThat(call("10.0.0.1", null).getStatus()).isEqualTo(200);
        assertThat(call("10.0.0.1", null).getStatus()).isEqualTo(200);
        var refused = call("10.0.0.1", null);
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isPositive();
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("\"status\":429");
        assertThat(call("10.0.0.2", null).getStatus()).as("another address").isEqualTo(200);
    }

    @Test
    void countsAKeyWhereverItComesFrom() throws Exception {
        assertThat(call("10.1.0.1", "Bearer samv_a").getStatus()).isEqualTo(200);
        assertThat(call("10.1.0.2", "Bearer samv_a").getStatus()).isEqualTo(200);
        assertThat(call("10.1.0.3", "Bearer samv_a").getStatus()).isEqualTo(200);
        assertThat(call("10.1.0.4", "Bearer samv_a").getStatus()).isEqualTo(429);
        assertThat(call("10.1.0.4", "Bearer samv_b").getStatus())
                .as("another key")
                .isEqualTo(200);
    }

    @Test
    void leavesThePagesAlone() throws Exception {
        for (int i = 0; i < 5; i++) {
            var request = new MockHttpServletRequest("GET", "/insatser");
            request.setRemoteAddr("10.2.0.1");
            var response = new MockHttpServletResponse();
            guard.doFilter(request, response, new MockFilterChain());
            assertThat(response.getStatus()).isEqualTo(200);
        }
    }

    private MockHttpServletResponse call(String address, String authorization) throws Exception {
        var request = new MockHttpServletRequest("GET", "/api/v1/efforts");
        request.setRemoteAddr(address);
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        var response = new MockHttpServletResponse();
        guard.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
