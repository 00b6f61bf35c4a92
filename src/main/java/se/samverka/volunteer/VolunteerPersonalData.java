package se.samverka.volunteer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.account.AccountDirectory;
import se.samverka.district.Districts;
import se.samverka.privacy.ErasureOutcome;
import se.samverka.privacy.PersonIdentity;
import se.samverka.privacy.PersonalDataHolder;
import se.samverka.privacy.PersonalDataSection;
import se.samverka.shared.LoginName;
import se.samverka.shared.PersonRef;

/**
 * The volunteer's profile, districts, kinds of help and languages. Erasure deletes the volunteer after the modules
 * that point at them have cleaned up (they run first); {@link VolunteerLeaving} goes out as when a volunteer leaves.
 */
@Component
@Order(800)
class VolunteerPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Districts districts;
    private final AccountDirectory accounts;

    VolunteerPersonalData(
            JdbcClient jdbc, ApplicationEventPublisher events, Districts districts, AccountDirectory accounts) {
        this.jdbc = jdbc;
        this.events = events;
        this.districts = districts;
        this.accounts = accounts;
    }

    /** The names of the volunteer's districts in the district module's order, asked of that module. */
    private List<Map<String, Object>> districtNames(UUID volunteerId) {
        var ids = Set.copyOf(jdbc.sql("SELECT district_id FROM volunteer_district WHERE volunteer_id = ?")
                .param(volunteerId)
                .query(String.class)
                .list());
        return districts.all().stream()
                .filter(d -> ids.contains(d.id()))
                .map(d -> Map.<String, Object>of("district", d.name()))
                .toList();
    }

    @Override
    public String module() {
        return "volunteer";
    }

    @Override
    public Optional<PersonIdentity> identify(PersonRef ref) {
        if (ref.kind() != PersonRef.Kind.VOLUNTEER) {
            return Optional.empty();
        }
        return jdbc.sql("""
				SELECT name, email, phone, account_id, locale FROM volunteer WHERE id = ?""")
                .param(ref.id())
                .query((rs, n) -> new PersonIdentity(
                        ref,
                        rs.getString(1),
                        Set.of(rs.getString(2).toLowerCase(Locale.ROOT)),
                        Set.of(rs.getString(3)),
                        rs.getObject(4, UUID.class),
                        rs.getString(5)))
                .optional();
    }

    @Override
    public Optional<PersonRef> byLogin(String username) {
        return accounts.findByUsername(LoginName.normalise(username))
                .flatMap(account -> jdbc.sql("SELECT id FROM volunteer WHERE account_id = ?")
                        .param(account.id())
                        .query(UUID.class)
                        .optional())
                .map(PersonRef::volunteer);
    }

    @Override
    public List<PersonalDataSection> export(PersonIdentity who) {
        if (who.ref().kind() != PersonRef.Kind.VOLUNTEER) {
            return List.of();
        }
        var id = who.ref().id();
        return List.of(
                PersonalDataSection.of(
                        module(), "profile", jdbc.sql("""
						SELECT name, email, phone, has_car, weekday_daytime, weekday_evening, weekend_daytime,
						       weekend_evening, ask_frequency, paused_until, contact_channel, quiet_from, quiet_to,
						       digest_opt_in, adult_confirmed, privacy_notice_version, consented_at, email_confirmed_at,
						       created_at
						FROM volunteer WHERE id = ?""").param(id).query().listOfRows()),
                PersonalDataSection.of(module(), "districts", districtNames(id)),
                PersonalDataSection.of(
                        module(),
                        "kinds",
                        jdbc.sql("SELECT kind FROM volunteer_help_kind WHERE volunteer_id = ? ORDER BY kind")
                                .param(id)
                                .query()
                                .listOfRows()),
                PersonalDataSection.of(
                        module(),
                        "languages",
                        jdbc.sql("SELECT language FROM volunteer_language WHERE volunteer_id = ? ORDER BY language")
                                .param(id)
                                .query()
                                .listOfRows()));
    }

    @Override
    public ErasureOutcome erase(PersonIdentity who) {
        if (who.ref().kind() != PersonRef.Kind.VOLUNTEER) {
            return ErasureOutcome.removed(module(), 0);
        }
        var id = who.ref().id();
        events.publishEvent(new VolunteerLeaving(id));
        int removed = 0;
        for (var table : List.of("volunteer_district", "volunteer_help_kind", "volunteer_language")) {
            removed += jdbc.sql("DELETE FROM " + table + " WHERE volunteer_id = ?")
                    .param(id)
                    .update();
        }
        removed += jdbc.sql("DELETE FROM volunteer WHERE id = ?").param(id).update();
        return ErasureOutcome.removed(module(), removed);
    }
}
