package se.samverka.volunteer;

import jakarta.validation.constraints.AssertTrue;

/** The "I understand" box on the delete page. */
record LeaveForm(@AssertTrue(message = "{volunteer.leave.understood.required}") boolean understood) {
}
