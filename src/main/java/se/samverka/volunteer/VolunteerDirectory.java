package se.samverka.volunteer;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.samverka.audit.PersonDirectory;
import se.samverka.shared.PersonRef;

/** Volunteers for the data-protection officer's search of the audit log, through {@link Volunteers}. */
@Component
class VolunteerDirectory implements PersonDirectory {

    private final Volunteers volunteers;

    VolunteerDirectory(Volunteers volunteers) {
        this.volunteers = volunteers;
    }

    @Override
    public List<PersonRef> findMatching(String text) {
        return volunteers.findIdsMatching(text).stream()
                .map(PersonRef::volunteer)
                .toList();
    }

    @Override
    public Map<PersonRef, String> displayNames(Collection<PersonRef> persons) {
        var ids = persons.stream()
                .filter(p -> p.kind() == PersonRef.Kind.VOLUNTEER)
                .map(PersonRef::id)
                .toList();
        var names = new HashMap<PersonRef, String>();
        volunteers.namesOf(ids).forEach((id, name) -> names.put(PersonRef.volunteer(id), name));
        return names;
    }
}
