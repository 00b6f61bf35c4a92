package se.samverka.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.validation.Errors;

/** A new endpoint: its address and the events it wants. The address is checked in {@link #check}. */
record EndpointForm(
        @NotBlank(message = "{webhook.form.url.required}") @Size(max = 500, message = "{webhook.form.url.tooLong}")
        String url,

        @NotEmpty(message = "{webhook.form.events.required}")
        List<String> events) {

    /** The events a user may choose (not the test event). */
    static final List<String> CHOICES = List.of("SHIFT_FILLED", "SHIFT_CANCELLED", "REFERRAL_OFFERED");

    EndpointForm {
        events = events == null ? List.of() : events;
    }

    static EndpointForm empty() {
        return new EndpointForm("", List.of());
    }

    /** An https address with a host; plain http only to localhost, and only where that is allowed (tests, demo). */
    void check(Errors errors, boolean allowHttpLocalhost) {
        if (!events.stream().allMatch(CHOICES::contains)) {
            errors.rejectValue("events", "webhook.form.events.required");
        }
        if (errors.hasFieldErrors("url")) {
            return;
        }
        try {
            var uri = new URI(url.strip());
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
            var host = uri.getHost() == null ? "" : uri.getHost().toLowerCase();
            var local = host.equals("localhost") || host.equals("127.0.0.1");
            var allowed = scheme.equals("https") || (scheme.equals("http") && local && allowHttpLocalhost);
            if (host.isEmpty() || uri.getUserInfo() != null || uri.getFragment() != null || !allowed) {
                errors.rejectValue("url", "webhook.form.url.https");
            }
        } catch (URISyntaxException e) {
            errors.rejectValue("url", "webhook.form.url.https");
        }
    }

    URI uri() {
        return URI.create(url.strip());
    }

    Set<WebhookEvent> chosen() {
        var chosen = EnumSet.noneOf(WebhookEvent.class);
        events.forEach(e -> chosen.add(WebhookEvent.valueOf(e)));
        return chosen;
    }
}
