package se.samverka.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes every absolute address Samverka builds from a request (the redirect to the login page, the page remembered
 * for after the login, Spring's own redirects) start with the configured public address, whatever Host or
 * X-Forwarded-Host the request came with: a forged Host header is never reflected in a Location. Without a
 * configured address (the demo on any port) requests keep their own.
 */
class BaseUrlFilter extends OncePerRequestFilter {

    private final boolean configured;

    private final String scheme;

    private final String host;

    private final int port;

    BaseUrlFilter(String baseUrl) {
        configured = baseUrl != null && !baseUrl.isBlank();
        var uri = URI.create(configured ? baseUrl.strip() : "http://localhost");
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException(
                    "samverka.web.base-url must be an absolute address such as" + " https://samverka.example.se");
        }
        this.scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        this.host = uri.getHost();
        this.port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !configured;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new Public(request), response);
    }

    /** The request as if it had come to the public address. */
    private final class Public extends HttpServletRequestWrapper {

        Public(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getScheme() {
            return scheme;
        }

        @Override
        public String getServerName() {
            return host;
        }

        @Override
        public int getServerPort() {
            return port;
        }

        @Override
        public StringBuffer getRequestURL() {
            var url = new StringBuffer(scheme).append("://").append(host);
            if (!(port == 443 && "https".equals(scheme)) && !(port == 80 && "http".equals(scheme))) {
                url.append(':').append(port);
            }
            return url.append(getRequestURI());
        }
    }
}
