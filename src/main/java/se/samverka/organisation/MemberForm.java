package se.samverka.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An admin adds a representative: name, e-mail address (their login), role and whether they are a contact. */
record MemberForm(
        @NotBlank(message = "{organisation.members.name.required}")
        @Size(max = 120, message = "{organisation.members.name.tooLong}")
        String name,

        @NotBlank(message = "{organisation.members.email.required}")
        String email,

        @NotBlank(message = "{organisation.members.role.required}")
        @Pattern(regexp = "ADMIN|COORDINATOR", message = "{organisation.members.role.required}")
        String role,

        Boolean contact) {

    static MemberForm empty() {
        return new MemberForm("", "", MemberRole.COORDINATOR.name(), false);
    }

    boolean isContact() {
        return Boolean.TRUE.equals(contact);
    }
}
