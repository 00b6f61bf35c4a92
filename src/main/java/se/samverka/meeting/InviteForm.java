package se.samverka.meeting;

import java.util.List;
import java.util.UUID;
import org.springframework.validation.Errors;

/** The organisations ticked on the invitation page, and optionally a name to save them as a list. */
record InviteForm(List<UUID> organisationIds, String listName) {

    InviteForm {
        organisationIds = organisationIds == null ? List.of() : organisationIds;
        listName = listName == null ? "" : listName;
    }

    void check(Errors errors) {
        if (organisationIds.isEmpty()) {
            errors.rejectValue("organisationIds", "meeting.field.organisationIds.required");
        }
        if (listName.strip().length() > 100) {
            errors.rejectValue("listName", "meeting.field.tooLong");
        }
    }
}
