package se.samverka.volunteer;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

/** The "I understand" box on the delete page. */
record LeaveForm(
        @NotNull(message = "{volunteer.leave.understood.required}")
        @AssertTrue(message = "{volunteer.leave.understood.required}")
        Boolean understood) {}
