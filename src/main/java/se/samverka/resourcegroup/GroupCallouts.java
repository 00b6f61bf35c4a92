package se.samverka.resourcegroup;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.callout.CalloutQueries;
import se.samverka.callout.Callouts;
import se.samverka.callout.Need;
import se.samverka.callout.SkipReason;
import se.samverka.callout.SubjectType;
import se.samverka.callout.Urgency;
import se.samverka.crisis.Crises;
import se.samverka.shared.HelpKind;
import se.samverka.shared.NotFoundException;
import se.samverka.volunteer.Volunteers;

/**
 * Group call-outs: "Kalla ut gruppen" asks the members through the one asking engine, as a hand-picked call-out whose
 * target is the group call-out ({@link GroupCalloutTarget}); each yes puts the member on the roll, where they and
 * coordinators record on the way, check-in and check-out.
 */
@Service
class GroupCallouts {

    /** The engine wants a kind of help; a group call-out is about the group's training, so this one only labels it. */
    static final HelpKind KIND = HelpKind.OTHER_ERRAND;

    private final GroupCalloutRepository repository;
    private final ResourceGroups groups;
    private final Callouts callouts;
    private final CalloutQueries calloutQueries;
    private final Crises crises;
    private final Volunteers volunteers;
    private final Clock clock;

    GroupCallouts(
            GroupCalloutRepository repository,
            ResourceGroups groups,
            Callouts callouts,
            CalloutQueries calloutQueries,
            Crises crises,
            Volunteers volunteers,
            Clock clock) {
        this.repository = repository;
        this.groups = groups;
        this.callouts = callouts;
        this.calloutQueries = calloutQueries;
        this.crises = crises;
        this.volunteers = volunteers;
        this.clock = clock;
    }

    /** What a call-out did: its id, how many were asked, and who was held back and why (by member name). */
    record Started(UUID id, int asked, Map<String, SkipReason> heldBack) {}

    /** Asks the group's members (only those not engaged in another open call-out when {@code notEngaged}). */
    @Transactional
    Started start(UUID groupId, GroupCalloutForm form, boolean notEngaged, String by) {
        groups.get(groupId);
        var members = groups.members(groupId);
        var engaged = notEngaged ? repository.engaged() : java.util.Set.<UUID>of();
        var chosen = members.stream()
                .map(Member::volunteerId)
                .filter(id -> !engaged.contains(id))
                .toList();
        var crisis = crises.current().map(c -> c.name()).orElse(null);
        var callout = new GroupCallout(
                UUID.randomUUID(),
                groupId,
                form.what().strip(),
                form.place().strip(),
                form.district(),
                form.date(),
                form.from(),
                form.to(),
                form.people(),
                crisis,
                by,
                clock.instant(),
                null);
        repository.insert(callout);
        var need = new Need(
                KIND, callout.districtId(), callout.date(), callout.from(), callout.to(), null, callout.peopleNeeded());
        var picked = callouts.askChosen(
                new Callouts.Start(
                        SubjectType.RESOURCE_GROUP, callout.id(), callout.title(), need, Urgency.URGENT, null, by),
                chosen,
                true);
        if (picked.calloutId() == null) {
            // nobody could be asked: nothing runs, and the group call-out is over before it began
            repository.close(callout.id(), clock.instant());
        }
        var names = volunteers.namesOf(picked.heldBack().keySet());
        var heldBack = new LinkedHashMap<String, SkipReason>();
        picked.heldBack().forEach((id, reason) -> heldBack.put(names.getOrDefault(id, id.toString()), reason));
        return new Started(callout.id(), picked.asked().size(), heldBack);
    }

    GroupCallout get(UUID groupId, UUID calloutId) {
        return repository
                .find(calloutId)
                .filter(c -> c.groupId().equals(groupId))
                .orElseThrow(() -> new NotFoundException("Group call-out"));
    }

    @Transactional(readOnly = true)
    List<GroupCallout> ofGroup(UUID groupId) {
        return repository.ofGroup(groupId, 10);
    }

    /** Everyone asked and their answers and times, oldest ask first. */
    @Transactional(readOnly = true)
    Roll roll(UUID groupId, UUID calloutId) {
        var callout = get(groupId, calloutId);
        var engine = calloutQueries.forSubject(SubjectType.RESOURCE_GROUP, calloutId);
        var asks = engine.stream()
                .flatMap(c -> calloutQueries.asks(c.id()).stream())
                .toList();
        var turnouts = new LinkedHashMap<UUID, Turnout>();
        repository.turnouts(calloutId).forEach(t -> turnouts.put(t.volunteerId(), t));
        var names = volunteers.namesOf(asks.stream().map(a -> a.volunteerId()).toList());
        var rows = new ArrayList<Roll.Row>();
        for (var ask : asks) {
            var answer = switch (ask.status()) {
                case ACCEPTED -> "YES";
                case DECLINED -> "NO";
                case PENDING -> "NOT_YET";
                case STOOD_DOWN -> "NOT_NEEDED";
            };
            rows.add(new Roll.Row(
                    ask.volunteerId(),
                    names.getOrDefault(ask.volunteerId(), "–"),
                    answer,
                    turnouts.get(ask.volunteerId())));
        }
        return new Roll(callout, rows, engine.stream().anyMatch(c -> c.isActive()));
    }

    /** Ends the call-out: the engine stops asking (those not answered are told), and the roll stays to read. */
    @Transactional
    void close(UUID groupId, UUID calloutId, String by) {
        var callout = get(groupId, calloutId);
        calloutQueries.activeFor(SubjectType.RESOURCE_GROUP, callout.id()).ifPresent(c -> callouts.stop(c.id(), by));
        repository.close(callout.id(), clock.instant());
    }
}
