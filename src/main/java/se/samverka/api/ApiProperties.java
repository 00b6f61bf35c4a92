package se.samverka.api;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The API's settings (its rate limits, {@code samverka.api.rate-limit.*}, are the web module's).
 *
 * @param bearerAudience the audience a staff member's bearer token must name; empty: the staff sign-in's client id
 *     ({@code samverka.sso.client-id}), which is what the provider's ID tokens name
 */
@ConfigurationProperties("samverka.api")
record ApiProperties(String bearerAudience) {

    String audienceOr(String clientId) {
        return bearerAudience == null || bearerAudience.isBlank() ? clientId : bearerAudience.strip();
    }
}
