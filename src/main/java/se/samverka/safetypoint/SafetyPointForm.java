package se.samverka.safetypoint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.validation.Errors;

/** What a coordinator types to create or change a safety point. Numbers and ids stay text, so a typo is a field error. */
record SafetyPointForm(
        @NotBlank(message = "{safetypoint.name.required}") @Size(max = 120, message = "{safetypoint.name.tooLong}")
        String name,

        @NotBlank(message = "{safetypoint.address.required}")
        @Size(max = 200, message = "{safetypoint.address.tooLong}")
        String address,

        @NotBlank(message = "{safetypoint.district.required}")
        String districtId,

        @NotBlank(message = "{safetypoint.openingHours.required}")
        @Size(max = 200, message = "{safetypoint.openingHours.tooLong}")
        String openingHours,

        @NotBlank(message = "{safetypoint.capacity.required}")
        @Pattern(regexp = "^\\s*[0-9]{1,5}\\s*$", message = "{safetypoint.capacity.range}")
        String capacity,

        @NotBlank(message = "{safetypoint.status.required}")
        @Pattern(regexp = "OPEN|FULL|CLOSED", message = "{safetypoint.status.required}")
        String status,

        @Size(max = 300, message = "{safetypoint.publicNote.tooLong}")
        String publicNote,

        String effortId) {

    static final int MAX_CAPACITY = 10_000;

    static SafetyPointForm empty() {
        return new SafetyPointForm("", "", "", "", "", SafetyPointStatus.CLOSED.name(), "", "");
    }

    static SafetyPointForm of(SafetyPoint p) {
        return new SafetyPointForm(
                p.name(),
                p.address(),
                p.districtId(),
                p.openingHours(),
                Integer.toString(p.capacity()),
                p.status().name(),
                p.publicNote(),
                p.effortId() == null ? "" : p.effortId().toString());
    }

    /** The rules Bean Validation cannot express. */
    void check(Errors errors, Predicate<String> knownDistrict) {
        if (!errors.hasFieldErrors("districtId") && !knownDistrict.test(districtId)) {
            errors.rejectValue("districtId", "safetypoint.district.required");
        }
        if (!errors.hasFieldErrors("capacity")) {
            var n = Integer.parseInt(capacity.strip());
            if (n < 1 || n > MAX_CAPACITY) {
                errors.rejectValue("capacity", "safetypoint.capacity.range");
            }
        }
        if (effortId != null && !effortId.isBlank()) {
            try {
                UUID.fromString(effortId.strip());
            } catch (IllegalArgumentException e) {
                errors.rejectValue("effortId", "safetypoint.effort.unknown");
            }
        }
    }

    SafetyPoint toPoint(UUID id) {
        return new SafetyPoint(
                id,
                name.strip(),
                address.strip(),
                districtId,
                openingHours.strip(),
                Integer.parseInt(capacity.strip()),
                SafetyPointStatus.valueOf(status),
                publicNote == null ? "" : publicNote.strip(),
                effortId == null || effortId.isBlank() ? null : UUID.fromString(effortId.strip()));
    }
}
