package se.samverka.organisation;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * Registering and vetting organisations without the web forms, for seeding and administration: the same
 * checks and the same events as an application typed on the page and a decision taken on the vetting page.
 */
@Service
public class OrganisationAdministration {

    /** An application as the form would send it; {@code orgNumber} may be null for a network. */
    public record Application(
            String name,
            String orgNumber,
            OrganisationForm form,
            String purpose,
            Set<String> districtIds,
            Set<ActivityKind> activities,
            String website,
            String email,
            String phone,
            String contactName,
            String contactEmail) {}

    private final OrganisationRegister register;
    private final DetailsOptions options;

    OrganisationAdministration(OrganisationRegister register, DetailsOptions options) {
        this.register = register;
        this.options = options;
    }

    /**
     * Saves a pending application with the contact person as its admin (they get a representative login).
     * Throws IllegalArgumentException, naming the fields, when the application would be refused on the page.
     */
    @Transactional
    public UUID apply(Application application, Locale locale) {
        var form = new DetailsForm(
                application.name(),
                application.orgNumber(),
                application.form() == null ? null : application.form().name(),
                application.purpose(),
                new LinkedHashSet<>(application.districtIds()),
                application.activities().stream().map(Enum::name).collect(Collectors.toCollection(LinkedHashSet::new)),
                application.website(),
                application.email(),
                application.phone(),
                application.contactName(),
                application.contactEmail(),
                null);
        var errors = new BeanPropertyBindingResult(form, "organisation");
        ApplicationController.check(form, errors, null, options, register, true);
        if (errors.hasErrors()) {
            throw new IllegalArgumentException("Refused application, fields: "
                    + errors.getFieldErrors().stream()
                            .map(e -> e.getField())
                            .distinct()
                            .collect(Collectors.joining(", ")));
        }
        return register.apply(form, locale);
    }

    /** Approves a pending application; false when it was already decided. */
    @Transactional
    public boolean approve(UUID id, String staff) {
        return register.decide(id, OrganisationStatus.APPROVED, null, staff);
    }
}
