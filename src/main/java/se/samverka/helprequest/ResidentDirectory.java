package se.samverka.helprequest;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.samverka.audit.PersonDirectory;
import se.samverka.shared.PersonRef;

/** Residents (by their requests) for the data-protection officer's search of the audit log, through {@link HelpRequests}. */
@Component
class ResidentDirectory implements PersonDirectory {

    private final HelpRequests helpRequests;

    ResidentDirectory(HelpRequests helpRequests) {
        this.helpRequests = helpRequests;
    }

    @Override
    public List<PersonRef> findMatching(String text) {
        return helpRequests.findIdsMatching(text).stream()
                .map(PersonRef::resident)
                .toList();
    }

    @Override
    public Map<PersonRef, String> displayNames(Collection<PersonRef> persons) {
        var ids = persons.stream()
                .filter(p -> p.kind() == PersonRef.Kind.RESIDENT)
                .map(PersonRef::id)
                .toList();
        var names = new HashMap<PersonRef, String>();
        helpRequests.residentNamesOf(ids).forEach((id, name) -> names.put(PersonRef.resident(id), name));
        return names;
    }
}
