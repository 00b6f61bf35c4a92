package se.samverka.organisation;

import java.net.URI;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import se.samverka.shared.EmailAddress;
import se.samverka.shared.PhoneNumber;

/**
 * What an organisation says about itself on its page, checked and parsed: the same for an application and for
 * its admins' changes. {@code orgNumber} is null only for a network, {@code website} and {@code phone} when none
 * was given. A value that breaks a rule throws IllegalArgumentException whose message is the field's name.
 */
record OrganisationDetails(
        String name,
        OrgNumber orgNumber,
        OrganisationForm form,
        String purpose,
        Set<String> districtIds,
        Set<ActivityKind> activities,
        String website,
        EmailAddress email,
        PhoneNumber phone) {

    OrganisationDetails {
        name = name == null ? "" : name.strip();
        purpose = purpose == null ? "" : purpose.strip();
        require(!name.isEmpty() && name.length() <= 200, "name");
        require(form != null, "form");
        require(orgNumber != null || !form.needsOrgNumber(), "orgNumber");
        require(!purpose.isEmpty() && purpose.length() <= 2000, "purpose");
        require(districtIds != null && !districtIds.isEmpty(), "districts");
        require(activities != null && !activities.isEmpty(), "activities");
        require(website == null || website(website).isPresent(), "website");
        require(email != null, "email");
        districtIds = Set.copyOf(districtIds);
        activities = Collections.unmodifiableSet(EnumSet.copyOf(activities));
    }

    /** An http or https address with a host, at most 300 characters, as typed (stripped); empty otherwise. */
    static Optional<String> website(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            var uri = URI.create(text.strip());
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https"))
                    || uri.getHost() == null
                    || text.strip().length() > 300) {
                return Optional.empty();
            }
            return Optional.of(uri.toString());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void require(boolean rule, String field) {
        if (!rule) {
            throw new IllegalArgumentException(field);
        }
    }
}
