package se.samverka.audit;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.shared.PersonRef;

/**
 * The data-protection officer's view of the audit log: a person typed as text is resolved to {@link PersonRef}s by
 * every {@link PersonDirectory}, and each entry shown gets the person's name back from those and the staff member's
 * from {@link ActorNames}.
 */
@Service
class AuditTrail {

    private final AuditQueries queries;
    private final List<PersonDirectory> directories;
    private final List<ActorNames> actorNames;
    private final Clock clock;

    AuditTrail(AuditQueries queries, List<PersonDirectory> directories, List<ActorNames> actorNames, Clock clock) {
        this.queries = queries;
        this.directories = directories;
        this.actorNames = actorNames;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    AuditPage search(AuditSearch search) {
        List<PersonRef> persons = null;
        if (search.hasPerson()) {
            var found = new LinkedHashSet<PersonRef>();
            directories.forEach(d -> found.addAll(d.findMatching(search.person())));
            persons = List.copyOf(found);
        }
        var result = queries.search(search, persons, clock.getZone(), AuditPage.SIZE);
        var subjects =
                result.rows().stream().map(AuditQueries.Row::subject).distinct().toList();
        var names = new HashMap<PersonRef, String>();
        if (!subjects.isEmpty()) {
            directories.forEach(d -> names.putAll(d.displayNames(subjects)));
        }
        var actors = actorNames(
                result.rows().stream().map(AuditQueries.Row::actor).distinct().toList());
        var entries = result.rows().stream()
                .map(r -> new AuditEntry(
                        r.id(),
                        r.occurredAt(),
                        r.actor(),
                        actors.get(r.actor()),
                        r.action(),
                        r.subject(),
                        names.get(r.subject()),
                        r.purpose(),
                        r.detail()))
                .toList();
        return new AuditPage(entries, result.page(), AuditPage.SIZE, result.total());
    }

    /** The staff members' names; none for Samverka itself, the public form, or an account that is gone. */
    private Map<String, String> actorNames(List<String> actors) {
        var people = actors.stream()
                .filter(actor -> !AuditLog.SYSTEM.equals(actor) && !actor.isBlank())
                .toList();
        var names = new HashMap<String, String>();
        if (!people.isEmpty()) {
            actorNames.forEach(directory -> names.putAll(directory.displayNames(people)));
        }
        return names;
    }
}
