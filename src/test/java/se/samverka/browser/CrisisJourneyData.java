package se.samverka.browser;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.TestVolunteer;
import se.samverka.district.Districts;
import se.samverka.effort.Effort;
import se.samverka.effort.EffortStatus;
import se.samverka.effort.Efforts;
import se.samverka.effort.Shift;
import se.samverka.effort.SignupMode;
import se.samverka.resourcegroup.GroupKind;
import se.samverka.resourcegroup.ResourceGroups;
import se.samverka.shared.HelpKind;

/**
 * What the crisis journey finds in place before it starts, written straight through the modules' APIs and tables (none
 * of it is what the journey tests): a district with a resource group (FRG) whose member answers by SMS, and a safety
 * point staffed through a published effort on whose shift today that same member is confirmed.
 */
record CrisisJourneyData(
        String districtId,
        String districtName,
        String groupName,
        TestVolunteer.Created member,
        UUID pointId,
        String pointName) {

    static CrisisJourneyData prepare(
            String language,
            JdbcClient jdbc,
            Districts districts,
            ResourceGroups groups,
            Efforts efforts,
            Clock clock) {
        var run = UUID.randomUUID().toString().substring(0, 8);
        var districtName = "Krisholmen " + run;
        var district = districts.save(
                null, districtName, 640000 + ThreadLocalRandom.current().nextInt(1000), 6590000, 994, Set.of());
        var member = TestVolunteer.named("Frida Frg")
                .in(district)
                .channel("SMS")
                .phone("+4670" + ThreadLocalRandom.current().nextInt(2_000_000, 10_000_000))
                .locale(language)
                .adult(true)
                .insert(jdbc);
        var groupName = "FRG " + run;
        var group = groups.create(groupName, GroupKind.FRG, "Frivilliga resursgruppen", "test");
        groups.addMember(group, member.id(), "test");

        var today = LocalDate.now(clock);
        var effort = efforts.create(
                new Effort(
                        null,
                        null,
                        "sof",
                        "Bemanning trygghetspunkt " + run,
                        "Bemanning av trygghetspunkten",
                        "Alla",
                        today,
                        today.plusMonths(1),
                        "Kontakt Person",
                        "kontakt@example.se",
                        null,
                        EffortStatus.DRAFT,
                        List.of(district)),
                "test");
        efforts.publish(effort);
        var shift = efforts.addShifts(
                        new Shift(
                                null,
                                effort,
                                "Dygnspass",
                                today,
                                LocalTime.MIN,
                                LocalTime.of(23, 59),
                                "Skolan",
                                district,
                                1,
                                3,
                                null,
                                false,
                                SignupMode.INSTANT,
                                false,
                                0,
                                List.of(HelpKind.SHOPPING)),
                        0)
                .get(0);
        jdbc.sql("""
				INSERT INTO effort_signup (id, shift_id, volunteer_id, status, active_shift_id, created_at, changed_at)
				VALUES (?, ?, ?, 'CONFIRMED', ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""").params(UUID.randomUUID(), shift, member.id(), shift).update();
        var point = UUID.randomUUID();
        var pointName = "Krisholmens skola " + run;
        var now = Timestamp.from(Instant.now());
        jdbc.sql("""
				INSERT INTO safety_point (id, name, address, district_id, opening_hours, capacity, status, public_note,
				  effort_id, created_by, created_at, changed_at)
				VALUES (?, ?, 'Skolvägen 1', ?, 'Dygnet runt', 40, 'OPEN', 'Ta med laddare', ?, 'test', ?, ?)""").params(point, pointName, district, effort, now, now).update();
        return new CrisisJourneyData(district, districtName, groupName, member, point, pointName);
    }
}
