package se.samverka.privacy;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

/** The box that confirms an erasure: nothing is erased without it. */
record EraseForm(
        @NotNull(message = "{privacy.erase.confirm.required}") @AssertTrue(message = "{privacy.erase.confirm.required}")
        Boolean confirm) {}
