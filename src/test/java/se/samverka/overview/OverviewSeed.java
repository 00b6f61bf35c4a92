package se.samverka.overview;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.TestVolunteer;
import se.samverka.district.Districts;
import se.samverka.helprequest.Channel;
import se.samverka.helprequest.HelpRequests;
import se.samverka.helprequest.NewHelpRequest;
import se.samverka.helprequest.PaymentMethod;
import se.samverka.helprequest.Recurrence;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PhoneNumber;

/**
 * A data set of its own for the overview tests: everything lies in a district made for it, so the district filter
 * shows this data and nothing of the other tests'. The lists below are what the tests compute their expectations
 * from.
 */
final class OverviewSeed {

    record SeedEffort(
            UUID id,
            String title,
            String department,
            UUID organisation,
            String status,
            LocalDate start,
            LocalDate end,
            LocalDate shiftDate,
            UUID shiftId) {}

    record SeedSignup(SeedEffort effort, UUID volunteer, String status) {}

    record SeedReferral(
            UUID id,
            UUID request,
            UUID organisation,
            String organisationName,
            HelpKind kind,
            String status,
            Instant offeredAt,
            Instant deadline,
            String expectedOutcome) {}

    record SeedIdea(UUID id, String title, String stage, Instant createdAt, UUID organisation) {}

    final String tag = UUID.randomUUID().toString().substring(0, 8);
    final String residentName = "Invånare Hemligsson " + tag;
    final String residentAddress = "Hemliga gränd " + tag;
    final String residentPhone = "070-123 45 67";
    final String requestText = "Behöver hjälp med insulinet " + tag;
    final String submitterName = "Idégivare Privatsson " + tag;
    final LocalDate today = LocalDate.now();
    final Instant now = Instant.now();
    String district;
    String districtName;
    UUID organisation;
    String organisationName;
    UUID otherOrganisation;
    String otherOrganisationName;
    final List<SeedEffort> efforts = new ArrayList<>();
    final List<SeedSignup> signups = new ArrayList<>();
    final List<SeedReferral> referrals = new ArrayList<>();
    final List<SeedIdea> ideas = new ArrayList<>();

    OverviewSeed insert(JdbcClient jdbc, Districts districts, HelpRequests helpRequests) {
        districtName = "Översiktsby " + tag;
        district = districts.save(null, districtName, 650000, 6580000, 995, Set.of());
        organisationName = "Översiktsföreningen " + tag;
        organisation = organisation(jdbc, organisationName);
        otherOrganisationName = "Andra föreningen " + tag;
        otherOrganisation = organisation(jdbc, otherOrganisationName);

        var sof1 = effort(
                jdbc, "Läxhjälp", "sof", null, "PUBLISHED", today.minusDays(10), today.plusDays(30), today.plusDays(3));
        var sof2 = effort(
                jdbc, "Språkcafé", "sof", null, "PUBLISHED", today.minusDays(1), today.plusDays(60), today.plusDays(4));
        var kff = effort(jdbc, "Fritidsgård", "kff", null, "PUBLISHED", today, today.plusDays(20), today.plusDays(2));
        var org = effort(
                jdbc,
                "Föreningens loppis",
                null,
                organisation,
                "PUBLISHED",
                today.minusDays(3),
                today.plusDays(3),
                today.plusDays(1));
        var draft = effort(jdbc, "Utkastet", "sof", null, "DRAFT", today, today.plusDays(10), today.plusDays(2));
        var old = effort(
                jdbc,
                "Förra årets insats",
                "kff",
                null,
                "PUBLISHED",
                today.minusDays(400),
                today.minusDays(300),
                today.minusDays(350));
        var v = new UUID[6];
        for (int i = 0; i < v.length; i++) {
            v[i] = TestVolunteer.named("Volontär " + i + " " + tag)
                    .in(district)
                    .email("ov-" + i + "-" + tag + "@example.se")
                    .adult(true)
                    .insert(jdbc)
                    .id();
        }
        signup(jdbc, sof1, v[0], "CONFIRMED");
        signup(jdbc, sof2, v[0], "CONFIRMED");
        signup(jdbc, sof1, v[1], "CONFIRMED");
        signup(jdbc, kff, v[1], "CONFIRMED");
        signup(jdbc, kff, v[5], "APPLIED");
        signup(jdbc, org, v[3], "CONFIRMED");
        signup(jdbc, draft, v[4], "CONFIRMED");
        signup(jdbc, old, v[4], "CONFIRMED");
        signup(jdbc, old, v[2], "CONFIRMED");

        var r1 = request(helpRequests, HelpKind.SHOPPING);
        var r2 = request(helpRequests, HelpKind.PHARMACY);
        var r3 = request(helpRequests, HelpKind.TRANSPORT);
        var r4 = request(helpRequests, HelpKind.SHOPPING);
        var r5 = request(helpRequests, HelpKind.PHONE_COMPANIONSHIP);
        var hoursAgo = now.minus(2, ChronoUnit.HOURS);
        referral(
                jdbc,
                r1,
                organisation,
                organisationName,
                HelpKind.SHOPPING,
                "ACCEPTED",
                hoursAgo,
                now.plus(1, ChronoUnit.DAYS),
                "ACCEPTED");
        referral(
                jdbc,
                r1,
                otherOrganisation,
                otherOrganisationName,
                HelpKind.SHOPPING,
                "WITHDRAWN",
                hoursAgo,
                now.plus(1, ChronoUnit.DAYS),
                "WITHDRAWN");
        referral(
                jdbc,
                r2,
                otherOrganisation,
                otherOrganisationName,
                HelpKind.PHARMACY,
                "DECLINED",
                hoursAgo,
                now.plus(1, ChronoUnit.DAYS),
                "DECLINED");
        referral(
                jdbc,
                r2,
                organisation,
                organisationName,
                HelpKind.PHARMACY,
                "EXPIRED",
                hoursAgo.minus(3, ChronoUnit.DAYS),
                now.minus(1, ChronoUnit.DAYS),
                "EXPIRED");
        referral(
                jdbc,
                r3,
                otherOrganisation,
                otherOrganisationName,
                HelpKind.TRANSPORT,
                "OFFERED",
                hoursAgo,
                now.plus(2, ChronoUnit.DAYS),
                "OPEN");
        referral(
                jdbc,
                r4,
                organisation,
                organisationName,
                HelpKind.SHOPPING,
                "OFFERED",
                hoursAgo.minus(2, ChronoUnit.DAYS),
                now.minus(1, ChronoUnit.HOURS),
                "EXPIRED");
        referral(
                jdbc,
                r5,
                organisation,
                organisationName,
                HelpKind.PHONE_COMPANIONSHIP,
                "DECLINED",
                now.minus(400, ChronoUnit.DAYS),
                now.minus(398, ChronoUnit.DAYS),
                "DECLINED");

        idea(jdbc, "Odlingslott", "NEW", now.minus(1, ChronoUnit.DAYS), null);
        idea(jdbc, "Cykelverkstad", "NEW", now.minus(2, ChronoUnit.DAYS), organisation);
        idea(jdbc, "Berättarkväll", "DEVELOPING", now.minus(3, ChronoUnit.DAYS), null);
        idea(jdbc, "Strandstädning", "CLOSED", now.minus(1, ChronoUnit.DAYS), organisation);
        idea(jdbc, "Gammal idé", "NEW", now.minus(400, ChronoUnit.DAYS), null);
        return this;
    }

    private UUID organisation(JdbcClient jdbc, String name) {
        var id = UUID.randomUUID();
        var at = Timestamp.from(now);
        jdbc.sql("""
				INSERT INTO organisation (id, name, form, purpose, email, status, applied_at, confirmed_at)
				VALUES (?, ?, 'IDEELL_FORENING', 'Hjälper grannar', ?, 'APPROVED', ?, ?)""").params(id, name, "info-" + id + "@example.se", at, at).update();
        jdbc.sql("INSERT INTO organisation_district (organisation_id, district_id) VALUES (?, ?)")
                .params(id, district)
                .update();
        return id;
    }

    private SeedEffort effort(
            JdbcClient jdbc,
            String title,
            String department,
            UUID organisation,
            String status,
            LocalDate start,
            LocalDate end,
            LocalDate shiftDate) {
        var effort = new SeedEffort(
                UUID.randomUUID(),
                title + " " + tag,
                department,
                organisation,
                status,
                start,
                end,
                shiftDate,
                UUID.randomUUID());
        var at = Timestamp.from(now);
        jdbc.sql("""
				INSERT INTO effort (id, organisation_id, department_id, title, description, target_group, period_start,
				  period_end, contact_name, contact_email, status, created_by, created_at)
				VALUES (?, ?, ?, ?, 'Beskrivning', 'Alla', ?, ?, 'Kontakt Person', 'kontakt@example.se', ?, 'test', ?)""")
                .params(
                        effort.id(),
                        organisation,
                        department,
                        effort.title(),
                        Date.valueOf(start),
                        Date.valueOf(end),
                        status,
                        at)
                .update();
        jdbc.sql("INSERT INTO effort_district (effort_id, district_id) VALUES (?, ?)")
                .params(effort.id(), district)
                .update();
        jdbc.sql("""
				INSERT INTO effort_shift (id, effort_id, title, shift_date, time_from, time_to, place, district_id,
				  min_volunteers, max_volunteers, signup_mode, status, created_at)
				VALUES (?, ?, 'Pass', ?, ?, ?, 'Plats', ?, 1, 10, 'INSTANT', 'OPEN', ?)""")
                .params(
                        effort.shiftId(),
                        effort.id(),
                        Date.valueOf(shiftDate),
                        Time.valueOf(LocalTime.of(10, 0)),
                        Time.valueOf(LocalTime.of(12, 0)),
                        district,
                        at)
                .update();
        efforts.add(effort);
        return effort;
    }

    private void signup(JdbcClient jdbc, SeedEffort effort, UUID volunteer, String status) {
        var at = Timestamp.from(now);
        jdbc.sql("""
				INSERT INTO effort_signup (id, shift_id, volunteer_id, status, active_shift_id, created_at, changed_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), effort.shiftId(), volunteer, status, effort.shiftId(), at, at)
                .update();
        signups.add(new SeedSignup(effort, volunteer, status));
    }

    private UUID request(HelpRequests helpRequests, HelpKind kind) {
        return helpRequests
                .submit(
                        new NewHelpRequest(
                                residentName,
                                PhoneNumber.of(residentPhone),
                                residentAddress,
                                district,
                                kind,
                                requestText,
                                today.plusDays(2),
                                LocalTime.of(10, 0),
                                LocalTime.of(12, 0),
                                Recurrence.ONE_OFF,
                                PaymentMethod.INVOICE,
                                "Blåbär",
                                null,
                                null,
                                Channel.WEB,
                                null,
                                null,
                                null),
                        "test")
                .id();
    }

    private void referral(
            JdbcClient jdbc,
            UUID request,
            UUID organisation,
            String organisationName,
            HelpKind kind,
            String status,
            Instant offeredAt,
            Instant deadline,
            String expectedOutcome) {
        var id = UUID.randomUUID();
        var answered = "OFFERED".equals(status) ? null : Timestamp.from(offeredAt.plus(1, ChronoUnit.HOURS));
        jdbc.sql("""
				INSERT INTO referral (id, request_id, organisation_id, status, summary, offered_by, offered_at, deadline,
				  answered_at, accepted_request_id, request_kind, request_district_id)
				VALUES (?, ?, ?, ?, ?, 'samordnare', ?, ?, ?, ?,
				  (SELECT kind FROM help_request WHERE id = ?), (SELECT district_id FROM help_request WHERE id = ?))""")
                .params(
                        id,
                        request,
                        organisation,
                        status,
                        requestText,
                        Timestamp.from(offeredAt),
                        Timestamp.from(deadline),
                        answered,
                        "ACCEPTED".equals(status) ? request : null,
                        request,
                        request)
                .update();
        referrals.add(new SeedReferral(
                id, request, organisation, organisationName, kind, status, offeredAt, deadline, expectedOutcome));
    }

    void idea(JdbcClient jdbc, String title, String stage, Instant createdAt, UUID organisation) {
        var idea = new SeedIdea(UUID.randomUUID(), title + " " + tag, stage, createdAt, organisation);
        var at = Timestamp.from(createdAt);
        jdbc.sql("""
				INSERT INTO idea (id, title, description, for_whom, submitter_name, submitter_email, consent_at, stage,
				  outcome, created_at, updated_at)
				VALUES (?, ?, 'Beskrivning', 'Alla', ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        idea.id(),
                        idea.title(),
                        submitterName,
                        "ide-" + tag + "@example.se",
                        at,
                        stage,
                        "CLOSED".equals(stage) ? "Klart" : null,
                        at,
                        at)
                .update();
        jdbc.sql("INSERT INTO idea_district (idea_id, district_id) VALUES (?, ?)")
                .params(idea.id(), district)
                .update();
        if (organisation != null) {
            jdbc.sql("INSERT INTO idea_party (id, idea_id, organisation_id, name) VALUES (?, ?, ?, 'Föreningen')")
                    .params(UUID.randomUUID(), idea.id(), organisation)
                    .update();
        }
        ideas.add(idea);
    }
}
