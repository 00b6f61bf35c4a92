package se.samverka.crisis;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/** The 30-second surge sign-up: name, mobile number, districts, what they can do, consent. */
record SurgeForm(
        @NotBlank(message = "{crisis.surge.name.required}") @Size(max = 100, message = "{crisis.surge.name.tooLong}")
        String name,

        @NotBlank(message = "{crisis.surge.phone.required}") String phone,

        @NotEmpty(message = "{crisis.surge.districts.required}")
        List<String> districts,

        @NotEmpty(message = "{crisis.surge.skills.required}")
        Set<Skill> skills,

        @NotNull(message = "{crisis.surge.consent.required}") @AssertTrue(message = "{crisis.surge.consent.required}")
        Boolean consent) {

    SurgeForm {
        districts = districts == null ? List.of() : List.copyOf(districts);
        skills = skills == null ? Set.of() : Set.copyOf(skills);
    }

    static SurgeForm empty(List<String> districts) {
        return new SurgeForm(null, null, districts, Set.of(), null);
    }
}
