package se.samverka.volunteer;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.shared.HelpKind;

/** What other modules may ask about volunteers. */
@Service
@Transactional(readOnly = true)
public class Volunteers {

    private final VolunteerQueries queries;
    private final VolunteerLookup lookup;

    Volunteers(VolunteerQueries queries, VolunteerLookup lookup) {
        this.queries = queries;
        this.lookup = lookup;
    }

    /** Volunteers whose name or e-mail contains the text, or whose phone is the number typed (at most 200). */
    public List<UUID> findIdsMatching(String text) {
        return lookup.idsMatching(text);
    }

    /** The names of these volunteers; ids of volunteers who are gone are left out. */
    public Map<UUID, String> namesOf(Collection<UUID> ids) {
        return lookup.namesOf(ids);
    }

    public Optional<VolunteerProfile> find(UUID id) {
        return queries.byId(id).stream().findFirst();
    }

    public Optional<VolunteerProfile> findByAccount(UUID accountId) {
        return queries.byAccount(accountId).stream().findFirst();
    }

    /** The volunteers with this mobile number (E.164), usually one: whom an SMS reply comes from. */
    public List<VolunteerProfile> byPhone(String e164) {
        return queries.byPhone(e164);
    }

    /** Volunteers with a confirmed e-mail who offer this kind of help in at least one of the districts. */
    public List<VolunteerProfile> offering(HelpKind kind, Collection<String> districtIds) {
        return queries.offering(kind, districtIds);
    }

    /** What decides whether every confirmed volunteer may be asked: for an index kept in memory (the call-out's). */
    public List<Askability> askabilityOfAll() {
        return queries.askabilityOfAll();
    }

    /** The confirmed volunteers among these ids; the others (unconfirmed or gone) are left out. */
    public List<VolunteerProfile> confirmedAmong(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : queries.confirmedAmong(ids);
    }

    /** Every confirmed volunteer: districts and whether paused on that day; for aggregate measures only. */
    public Map<UUID, ReadyVolunteer> confirmed(LocalDate day) {
        return queries.confirmed(day);
    }

    /** Confirmed volunteers who opted in to the monthly letter. */
    public List<VolunteerProfile> digestReaders() {
        return queries.digestReaders();
    }

    /** How many confirmed volunteers are registered in any of the districts. */
    public int countIn(Collection<String> districtIds) {
        return queries.countConfirmedIn(districtIds);
    }
}
