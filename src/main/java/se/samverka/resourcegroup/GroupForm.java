package se.samverka.resourcegroup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new group: its name, kind and what it does. */
record GroupForm(
        @NotBlank(message = "{resourcegroup.name.required}") @Size(max = 120, message = "{resourcegroup.name.tooLong}")
        String name,

        @NotNull(message = "{resourcegroup.kind.required}") GroupKind kind,

        @Size(max = 2000, message = "{resourcegroup.description.tooLong}")
        String description) {

    static GroupForm empty() {
        return new GroupForm(null, GroupKind.FRG, null);
    }
}
