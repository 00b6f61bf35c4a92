package se.samverka.callout;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import se.samverka.district.District;
import se.samverka.district.Districts;
import se.samverka.volunteer.ContactChannel;
import se.samverka.volunteer.VolunteerProfile;
import se.samverka.volunteer.Volunteers;

/**
 * Sends one wave of a call-out: the people still needed times the wave size of its urgency, within its ask limit,
 * chosen from the {@link CandidatePool} by the contact rules; plans the wave after it.
 */
@Component
class WaveRunner {

    private static final Logger log = LoggerFactory.getLogger(WaveRunner.class);

    private final CalloutRepository repository;
    private final CandidatePool pool;
    private final ContactLedger ledger;
    private final Volunteers volunteers;
    private final Districts districts;
    private final CalloutWaves waves;
    private final CalloutProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WaveRunner(
            CalloutRepository repository,
            CandidatePool pool,
            ContactLedger ledger,
            Volunteers volunteers,
            Districts districts,
            CalloutWaves waves,
            CalloutProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.pool = pool;
        this.ledger = ledger;
        this.volunteers = volunteers;
        this.districts = districts;
        this.waves = waves;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** Sends the call-out's next wave within the caller's transaction; returns how many were asked. */
    int run(UUID calloutId) {
        ledger.lockForAsking();
        var callout = repository.lock(calloutId).orElse(null);
        if (callout == null || !callout.isActive() || callout.handPicked()) {
            // a hand-picked call-out asks in its one wave only those the coordinator chose
            return 0;
        }
        var asked = new HashSet<>(repository.askedVolunteers(calloutId));
        var mayAsk = callout.askLimit() - asked.size();
        var size = Math.min(callout.stillNeeded() * properties.waveSize(callout.urgency()), mayAsk);
        if (size <= 0) {
            return 0;
        }
        var now = clock.instant();
        var wave = callout.waves() + 1;
        var selection = pool.current(now).selectForWave(callout.need(), size, now, asked, callout.allDistricts());
        repository.startWave(calloutId, wave);
        repository.insertWave(calloutId, wave, now, selection.toAsk().size(), selection);
        var profiles = new HashMap<UUID, VolunteerProfile>();
        volunteers.confirmedAmong(selection.toAsk()).forEach(p -> profiles.put(p.id(), p));
        var districtName = districtName(callout.districtId());
        var chosen = 0;
        for (var volunteerId : selection.toAsk()) {
            var profile = profiles.get(volunteerId);
            if (profile != null) {
                ask(callout, profile, wave, districtName, now);
                chosen++;
            }
        }
        if (asked.size() + chosen < callout.askLimit()) {
            waves.plan(calloutId, wave + 1, now.plus(properties.interval(callout.urgency())));
        }
        log.info("Call-out {} wave {}: asked {}, skipped {}", calloutId, wave, chosen, selection.skipped());
        return chosen;
    }

    /**
     * The rule each of the chosen volunteers fails for the need now (null: may be asked), in the order given.
     * Within the caller's transaction, holding the asking lock.
     */
    Map<UUID, SkipReason> check(Need need, Collection<UUID> volunteerIds) {
        return check(need, volunteerIds, false);
    }

    /** As {@link #check(Need, Collection)}, without the kind and district rules when {@code membersOfGroup}. */
    Map<UUID, SkipReason> check(Need need, Collection<UUID> volunteerIds, boolean membersOfGroup) {
        ledger.lockForAsking();
        var now = clock.instant();
        var selector = pool.current(now);
        var result = new LinkedHashMap<UUID, SkipReason>();
        for (var id : volunteerIds) {
            result.put(id, membersOfGroup ? selector.checkMember(id, need, now) : selector.check(id, need, now));
        }
        return result;
    }

    /**
     * The one wave of a hand-picked call-out: asks exactly {@code toAsk} (checked by {@link #check} in the same
     * transaction) and stores how many of the chosen were held back per reason. Plans no wave after it.
     */
    List<UUID> runChosen(UUID calloutId, List<UUID> toAsk, Map<SkipReason, Integer> skipped) {
        ledger.lockForAsking();
        var callout = repository.lock(calloutId).orElseThrow();
        var now = clock.instant();
        var profiles = new HashMap<UUID, VolunteerProfile>();
        volunteers.confirmedAmong(toAsk).forEach(p -> profiles.put(p.id(), p));
        var asked = toAsk.stream().filter(profiles::containsKey).toList();
        repository.startWave(calloutId, 1);
        repository.insertWave(calloutId, 1, now, asked.size(), new Selection(asked, skipped));
        var districtName = districtName(callout.districtId());
        asked.forEach(id -> ask(callout, profiles.get(id), 1, districtName, now));
        log.info("Hand-picked call-out {}: asked {}, held back {}", calloutId, asked.size(), skipped);
        return asked;
    }

    private void ask(Callout callout, VolunteerProfile volunteer, int wave, String districtName, Instant now) {
        var channel = volunteer.contactChannel() == ContactChannel.SMS && volunteer.phone() != null
                ? ContactChannel.SMS
                : ContactChannel.EMAIL;
        var id = UUID.randomUUID();
        var token = AnswerTokens.newToken();
        repository.insertAsk(id, callout.id(), volunteer.id(), wave, channel.name(), AnswerTokens.hash(token), now);
        ledger.record(volunteer.id(), ContactEntry.ASK, channel.name(), ContactSource.CALLOUT, id, now);
        events.publishEvent(new CalloutAsked(
                id,
                callout.id(),
                volunteer.id(),
                channel,
                volunteer.email().value(),
                channel == ContactChannel.SMS ? volunteer.phone().e164() : null,
                volunteer.locale(),
                token,
                callout.title(),
                callout.kind(),
                districtName,
                callout.date(),
                callout.from(),
                callout.to(),
                callout.subjectType()));
    }

    String districtName(String districtId) {
        return districts.find(districtId).map(District::name).orElse(districtId);
    }
}
