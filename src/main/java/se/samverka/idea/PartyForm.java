package se.samverka.idea;

import java.util.Set;
import java.util.UUID;
import org.springframework.validation.Errors;

/** A person or organisation involved: an approved organisation chosen from the register, or a name typed. */
record PartyForm(String organisationId, String name, String part) {

    PartyForm {
        organisationId = organisationId == null ? "" : organisationId;
        name = name == null ? "" : name;
        part = part == null ? "" : part;
    }

    static PartyForm empty() {
        return new PartyForm("", "", "");
    }

    void check(Errors errors, Set<UUID> approved) {
        if (organisationId.isBlank() && name.isBlank()) {
            errors.rejectValue("name", "idea.field.partyName.required");
        }
        if (!organisationId.isBlank() && !approved.contains(organisationIdValue())) {
            errors.rejectValue("organisationId", "idea.field.organisationId.unknown");
        }
        if (name.strip().length() > 200) {
            errors.rejectValue("name", "idea.field.partyName.tooLong");
        }
        if (part.strip().length() > 200) {
            errors.rejectValue("part", "idea.field.part.tooLong");
        }
    }

    /** The party as the module takes it; only for a form without errors. */
    Party party() {
        return new Party(organisationIdValue(), name, part);
    }

    UUID organisationIdValue() {
        try {
            return organisationId.isBlank() ? null : UUID.fromString(organisationId.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
