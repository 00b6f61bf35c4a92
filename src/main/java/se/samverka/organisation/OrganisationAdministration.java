package se.samverka.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.district.District;
import se.samverka.district.Districts;
import se.samverka.shared.EmailAddress;
import se.samverka.shared.PhoneNumber;

/**
 * Registering and vetting organisations without the web forms, for seeding and administration: the same
 * rules and the same events as an application typed on the page and a decision taken on the vetting page.
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
    private final Districts districts;

    OrganisationAdministration(OrganisationRegister register, Districts districts) {
        this.register = register;
        this.districts = districts;
    }

    /**
     * Saves a pending application with the contact person as its admin (they get a representative login).
     * Throws IllegalArgumentException, naming the fields, when the application would be refused on the page.
     */
    @Transactional
    public UUID apply(Application application, Locale locale) {
        var refused = new ArrayList<String>();
        var number = parsed(application.orgNumber(), OrgNumber::parse, "orgNumber", refused);
        var website = parsed(
                application.website(),
                w -> OrganisationDetails.website(w).orElseThrow(IllegalArgumentException::new),
                "website",
                refused);
        var phone = parsed(application.phone(), PhoneNumber::of, "phone", refused);
        var email = parsed(application.email(), EmailAddress::of, "email", refused);
        var contactEmail = parsed(application.contactEmail(), EmailAddress::of, "contactEmail", refused);
        if (application.districtIds() != null
                && !districts.all().stream().map(District::id).toList().containsAll(application.districtIds())) {
            refused.add("districts");
        }
        refuseAny(refused);
        OrganisationDetails details;
        Applicant applicant;
        try {
            details = new OrganisationDetails(
                    application.name(),
                    number,
                    application.form(),
                    application.purpose(),
                    application.districtIds(),
                    application.activities(),
                    website,
                    email,
                    phone);
            applicant = new Applicant(application.contactName(), contactEmail);
        } catch (IllegalArgumentException e) {
            // the message names the field
            throw new IllegalArgumentException("Refused application, fields: " + e.getMessage(), e);
        }
        if (register.nameTaken(details.name(), null)) {
            refused.add("name");
        }
        if (register.numberTaken(number, null)) {
            refused.add("orgNumber");
        }
        refuseAny(refused);
        return register.apply(details, applicant, locale);
    }

    /** Approves a pending application; false when it was already decided. */
    @Transactional
    public boolean approve(UUID id, String staff) {
        return register.decide(id, OrganisationStatus.APPROVED, null, staff);
    }

    /** The text read, null when it is blank, or null with the field noted as refused when it cannot be read. */
    private static <R> R parsed(String text, Function<String, R> reader, String field, List<String> refused) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return reader.apply(text);
        } catch (IllegalArgumentException e) {
            refused.add(field);
            return null;
        }
    }

    private static void refuseAny(List<String> refused) {
        if (!refused.isEmpty()) {
            throw new IllegalArgumentException("Refused application, fields: " + String.join(", ", refused));
        }
    }
}
