package se.samverka.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new key's name, so that the organisation knows which of its systems uses it. */
record KeyForm(
        @NotBlank(message = "{api.keys.name.required}") @Size(max = 80, message = "{api.keys.name.tooLong}")
        String name) {}
