package se.samverka.crisis;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import se.samverka.shared.PhoneNumber;

/** One surge sign-up, checked: a mobile number, a name, at least one district and at least one skill. */
record SpontaneousSignup(String name, PhoneNumber phone, List<String> districtIds, Set<Skill> skills, String locale) {

    SpontaneousSignup {
        Objects.requireNonNull(phone);
        if (name == null || name.isBlank() || districtIds.isEmpty() || skills.isEmpty()) {
            throw new IllegalArgumentException("A surge sign-up needs a name, a district and a skill");
        }
        name = name.strip();
        districtIds = List.copyOf(districtIds);
        skills = Set.copyOf(skills);
        locale = "en".equals(locale) ? "en" : "sv";
    }
}
