package se.samverka.volunteer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import se.samverka.shared.EmailAddress;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PhoneNumber;

/** A volunteer row as {@link VolunteerQueries} reads it, before their districts, kinds and languages are added. */
record ProfileRow(
        UUID id,
        UUID accountId,
        String name,
        String email,
        String phone,
        String locale,
        boolean hasCar,
        Availability availability,
        AskFrequency askFrequency,
        LocalDate pausedUntil,
        ContactChannel contactChannel,
        QuietHours quietHours,
        boolean digest,
        boolean adultConfirmed) {

    /** The columns {@link #of} reads, from the volunteer table as {@code v}. */
    static final String COLUMNS = """
			v.id, v.account_id, v.name, v.email, v.phone, v.locale, v.has_car, v.weekday_daytime,
			v.weekday_evening, v.weekend_daytime, v.weekend_evening, v.ask_frequency, v.paused_until,
			v.contact_channel, v.quiet_from, v.quiet_to, v.digest_opt_in, v.adult_confirmed""";

    static ProfileRow of(ResultSet rs, int i) throws SQLException {
        var paused = rs.getDate("paused_until");
        var quietFrom = rs.getTime("quiet_from");
        var quietTo = rs.getTime("quiet_to");
        return new ProfileRow(
                rs.getObject("id", UUID.class),
                rs.getObject("account_id", UUID.class),
                rs.getString("name"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getString("locale"),
                rs.getBoolean("has_car"),
                new Availability(
                        rs.getBoolean("weekday_daytime"),
                        rs.getBoolean("weekday_evening"),
                        rs.getBoolean("weekend_daytime"),
                        rs.getBoolean("weekend_evening")),
                AskFrequency.valueOf(rs.getString("ask_frequency")),
                paused == null ? null : paused.toLocalDate(),
                ContactChannel.valueOf(rs.getString("contact_channel")),
                quietFrom == null || quietTo == null
                        ? null
                        : new QuietHours(quietFrom.toLocalTime(), quietTo.toLocalTime()),
                rs.getBoolean("digest_opt_in"),
                rs.getBoolean("adult_confirmed"));
    }

    VolunteerProfile toProfile(Set<String> districts, Set<HelpKind> kinds, Set<String> languages) {
        return new VolunteerProfile(
                id,
                accountId,
                name,
                new EmailAddress(email),
                new PhoneNumber(phone),
                locale,
                Set.copyOf(districts),
                Set.copyOf(kinds),
                Set.copyOf(languages),
                hasCar,
                availability,
                askFrequency,
                pausedUntil,
                contactChannel,
                quietHours,
                digest,
                adultConfirmed);
    }
}
