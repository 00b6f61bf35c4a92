package se.samverka.volunteer;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    private final VolunteerRegisterQueries register;
    private final VolunteerBudgetQueries budgets;
    private final AskabilityQueries askability;

    Volunteers(
            VolunteerQueries queries,
            VolunteerLookup lookup,
            VolunteerRegisterQueries register,
            VolunteerBudgetQueries budgets,
            AskabilityQueries askability) {
        this.queries = queries;
        this.lookup = lookup;
        this.register = register;
        this.budgets = budgets;
        this.askability = askability;
    }

    /** The most a register page or search may read at once. */
    public static final int MAX_PAGE = 1000;

    /**
     * One page of the staff register: volunteers matching the filter, newest sign-ups first, at most {@code limit}
     * (and never more than {@link #MAX_PAGE}) from {@code offset}.
     */
    public List<VolunteerSummary> list(VolunteerFilter filter, int offset, int limit) {
        return register.page(filter, Math.max(0, offset), Math.max(0, Math.min(limit, MAX_PAGE)));
    }

    /** How many volunteers match the filter. */
    public long count(VolunteerFilter filter) {
        return register.count(filter);
    }

    /**
     * How many volunteers match the filter and may be asked now: their ask frequency allows asks outside a crisis
     * and they are not in {@code budgetUsed}'s set for their frequency (the volunteers the contact ledger counts as
     * asked that frequency's most within its window).
     */
    public long countWithinBudget(VolunteerFilter filter, Map<AskFrequency, Set<UUID>> budgetUsed) {
        return budgets.countWithinBudget(filter, budgetUsed);
    }

    /** One volunteer as the register lists them. */
    public Optional<VolunteerSummary> summary(UUID id) {
        return register.page(VolunteerFilter.among(Set.of(id)), 0, 1).stream().findFirst();
    }

    /**
     * Staff search: volunteers whose name or e-mail contains the text or whose phone matches, then (on PostgreSQL)
     * those whose name looks like it, at most {@code limit}.
     */
    public List<VolunteerSummary> search(String text, int limit) {
        if (text == null || text.strip().length() < 2) {
            return List.of();
        }
        return register.search(text, Math.max(0, Math.min(limit, MAX_PAGE)));
    }

    /** Volunteers whose name or e-mail contains the text, or whose phone is the number typed (at most 200). */
    public List<UUID> findIdsMatching(String text) {
        return lookup.idsMatching(text);
    }

    /** Every volunteer's id, confirmed or not: for modules that keep a fact per volunteer and catch up. */
    public List<UUID> allIds() {
        return lookup.allIds();
    }

    /**
     * The volunteers who have one of these e-mail addresses (lower case, as {@link se.samverka.shared.EmailAddress}
     * keeps them) or mobile numbers (E.164), confirmed or not: for an import that adds people already in the register
     * to something, never for registering them.
     */
    public List<VolunteerContact> withEmailOrPhone(Collection<String> emails, Collection<String> phones) {
        return lookup.withEmailOrPhone(emails, phones);
    }

    /** The names of these volunteers; ids of volunteers who are gone are left out. */
    public Map<UUID, String> namesOf(Collection<UUID> ids) {
        return lookup.namesOf(ids);
    }

    /**
     * The name, e-mail address and mobile number of these volunteers, confirmed or not, read in one batch (a shift's
     * roster); ids of volunteers who are gone are left out.
     */
    public Map<UUID, VolunteerContact> contactsOf(Collection<UUID> ids) {
        return lookup.contactsOf(ids);
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
        return askability.askabilityOfAll();
    }

    /** The confirmed volunteers among these ids; the others (unconfirmed or gone) are left out. */
    public List<VolunteerProfile> confirmedAmong(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : queries.confirmedAmong(ids);
    }

    /** Every confirmed volunteer: districts and whether paused on that day; for aggregate measures only. */
    public Map<UUID, ReadyVolunteer> confirmed(LocalDate day) {
        return askability.confirmed(day);
    }

    /** Confirmed volunteers who opted in to the monthly letter. */
    public List<VolunteerProfile> digestReaders() {
        return queries.digestReaders();
    }

    /** How many confirmed volunteers are registered in any of the districts. */
    public int countIn(Collection<String> districtIds) {
        return askability.countConfirmedIn(districtIds);
    }
}
