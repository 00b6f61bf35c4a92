package se.samverka.meeting;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * The organisations ticked on the invitation page, and optionally a name to save them as a list (stripped, so that
 * its length is counted as it will be saved).
 */
record InviteForm(
        @NotEmpty(message = "{meeting.field.organisationIds.required}")
        List<UUID> organisationIds,

        @Size(max = 100, message = "{meeting.field.tooLong}")
        String listName) {

    InviteForm {
        organisationIds = organisationIds == null ? List.of() : organisationIds;
        listName = listName == null ? "" : listName.strip();
    }
}
