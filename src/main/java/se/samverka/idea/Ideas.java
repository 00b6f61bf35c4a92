package se.samverka.idea;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.account.AccountDirectory;
import se.samverka.account.AccountSummary;
import se.samverka.account.Role;
import se.samverka.shared.EmailAddress;
import se.samverka.shared.MunicipalTime;

/** Ideas and their coaching: everything Idélabbet keeps. */
@Service
class Ideas {

    static final ZoneId STOCKHOLM = MunicipalTime.ZONE;

    private final JdbcClient jdbc;
    private final IdeaProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final se.samverka.consent.Consents consents;
    private final AccountDirectory accounts;

    Ideas(
            JdbcClient jdbc,
            IdeaProperties properties,
            ApplicationEventPublisher events,
            Clock clock,
            se.samverka.consent.Consents consents,
            AccountDirectory accounts) {
        this.consents = consents;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(STOCKHOLM));
    }

    @Transactional
    UUID submit(NewIdea idea) {
        var id = UUID.randomUUID();
        var now = Timestamp.from(clock.instant());
        var email = idea.email().value();
        var language = idea.language();
        jdbc.sql("""
				INSERT INTO idea (id, title, description, for_whom, submitter_name, submitter_email, submitter_phone,
				  organisation_name, language, consent_at, stage, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        idea.title(),
                        idea.description(),
                        idea.forWhom(),
                        idea.name(),
                        email,
                        idea.phone(),
                        idea.organisation(),
                        language,
                        now,
                        properties.first(),
                        now,
                        now)
                .update();
        for (var d : idea.districtIds()) {
            jdbc.sql("INSERT INTO idea_district (idea_id, district_id) VALUES (?, ?)")
                    .params(id, d)
                    .update();
        }
        for (var h : idea.help()) {
            jdbc.sql("INSERT INTO idea_help (idea_id, help) VALUES (?, ?)")
                    .params(id, h.name())
                    .update();
        }
        consents.give(
                new se.samverka.shared.PersonRef(se.samverka.shared.PersonRef.Kind.IDEA_CONTACT, id),
                se.samverka.consent.ConsentPurpose.IDEA_CONTACT,
                consents.noticeVersion(),
                se.samverka.consent.Consents.SELF);
        events.publishEvent(new IdeaSubmitted(id, idea.title(), idea.name(), email, language));
        return id;
    }

    /** The ideas matching every given filter (null: any); {@code unassigned} keeps only those without a coach. */
    @Transactional(readOnly = true)
    List<IdeaLine> list(UUID coachId, boolean unassigned, String stage, String district, HelpWanted help) {
        var sql = new StringBuilder("""
				SELECT i.id, i.title, i.stage, i.coach_id, i.created_at
				FROM idea i WHERE TRUE""");
        var params = new ArrayList<Object>();
        if (coachId != null) {
            sql.append(" AND i.coach_id = ?");
            params.add(coachId);
        }
        if (unassigned) {
            sql.append(" AND i.coach_id IS NULL");
        }
        if (stage != null) {
            sql.append(" AND i.stage = ?");
            params.add(stage);
        }
        if (district != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM idea_district d WHERE d.idea_id = i.id AND d.district_id = ?)");
            params.add(district);
        }
        if (help != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM idea_help h WHERE h.idea_id = i.id AND h.help = ?)");
            params.add(help.name());
        }
        sql.append(" ORDER BY i.created_at DESC");
        var helpWanted = helpByIdea(null);
        record Row(UUID id, String title, String stage, UUID coachId, LocalDate createdOn) {}
        var rows = jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> new Row(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, UUID.class),
                        date(rs.getTimestamp(5))))
                .list();
        var coaches = accounts.byIds(rows.stream().map(Row::coachId).toList());
        return rows.stream()
                .map(r -> new IdeaLine(
                        r.id(),
                        r.title(),
                        r.stage(),
                        nameOf(coaches.get(r.coachId())),
                        r.createdOn(),
                        helpWanted.getOrDefault(r.id(), List.of())))
                .toList();
    }

    @Transactional(readOnly = true)
    Optional<IdeaDetail> find(UUID id) {
        var help = helpByIdea(id).getOrDefault(id, List.of());
        var districts = jdbc.sql("SELECT district_id FROM idea_district WHERE idea_id = ? ORDER BY district_id")
                .param(id)
                .query(String.class)
                .list();
        return jdbc.sql("""
				SELECT i.id, i.title, i.description, i.for_whom, i.submitter_name, i.submitter_email, i.submitter_phone,
				  i.organisation_name, i.stage, i.outcome, i.coach_id, i.created_at, i.effort_id
				FROM idea i WHERE i.id = ?""")
                .param(id)
                .query((rs, n) -> new IdeaDetail(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        districts,
                        help,
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getObject(11, UUID.class),
                        nameOf(accounts.find(rs.getObject(11, UUID.class)).orElse(null)),
                        date(rs.getTimestamp(12)),
                        rs.getObject(13, UUID.class)))
                .optional();
    }

    /** The coach takes the idea on; false when another coach already has it. */
    @Transactional
    boolean takeOn(UUID ideaId, UUID coachId) {
        return jdbc.sql("""
				UPDATE idea SET coach_id = ?, updated_at = ? WHERE id = ? AND (coach_id IS NULL OR coach_id = ?)""")
                        .params(coachId, Timestamp.from(clock.instant()), ideaId, coachId)
                        .update()
                == 1;
    }

    @Transactional
    void moveTo(UUID ideaId, String stage, String outcome, String by) {
        if (!properties.stages().contains(stage)) {
            throw new IllegalArgumentException("Unknown stage " + stage);
        }
        var now = Timestamp.from(clock.instant());
        jdbc.sql("UPDATE idea SET stage = ?, outcome = ?, updated_at = ? WHERE id = ?")
                .params(stage, IdeaProperties.CLOSED.equals(stage) ? outcome.strip() : null, now, ideaId)
                .update();
        jdbc.sql("INSERT INTO idea_stage_change (id, idea_id, stage, changed_by, changed_at) VALUES (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), ideaId, stage, by, now)
                .update();
    }

    /** Links the effort a launched idea became; false when it already has one. */
    @Transactional
    boolean linkEffort(UUID ideaId, UUID effortId) {
        return jdbc.sql("UPDATE idea SET effort_id = ?, updated_at = ? WHERE id = ? AND effort_id IS NULL")
                        .params(effortId, Timestamp.from(clock.instant()), ideaId)
                        .update()
                == 1;
    }

    /** A next step to record with a session. */
    record StepInput(String description, String owner, LocalDate dueOn) {}

    @Transactional
    UUID addSession(UUID ideaId, LocalDate heldOn, String notes, UUID coachId, List<StepInput> steps) {
        var id = UUID.randomUUID();
        jdbc.sql("""
				INSERT INTO idea_session (id, idea_id, held_on, notes, coach_id, created_at) VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, ideaId, heldOn, notes.strip(), coachId, Timestamp.from(clock.instant()))
                .update();
        for (var step : steps) {
            jdbc.sql("""
					INSERT INTO idea_step (id, idea_id, session_id, description, owner, due_on)
					VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(
                            UUID.randomUUID(),
                            ideaId,
                            id,
                            step.description().strip(),
                            step.owner().strip(),
                            step.dueOn())
                    .update();
        }
        return id;
    }

    @Transactional(readOnly = true)
    List<SessionLine> sessions(UUID ideaId) {
        var steps = new LinkedHashMap<UUID, List<SessionLine.StepLine>>();
        jdbc.sql("""
				SELECT session_id, description, owner, due_on, reminded_at FROM idea_step WHERE idea_id = ?
				ORDER BY due_on, description""").param(ideaId).query(rs -> {
            steps.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(new SessionLine.StepLine(
                            rs.getString(2),
                            rs.getString(3),
                            rs.getObject(4, LocalDate.class),
                            rs.getTimestamp(5) != null));
        });
        record Row(UUID id, LocalDate heldOn, String notes, UUID coachId) {}
        var sessions = jdbc.sql("""
				SELECT s.id, s.held_on, s.notes, s.coach_id FROM idea_session s
				WHERE s.idea_id = ? ORDER BY s.held_on DESC, s.created_at DESC""")
                .param(ideaId)
                .query((rs, n) -> new Row(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, LocalDate.class),
                        rs.getString(3),
                        rs.getObject(4, UUID.class)))
                .list();
        var coaches = accounts.byIds(sessions.stream().map(Row::coachId).toList());
        return sessions.stream()
                .map(s -> new SessionLine(
                        s.id(),
                        s.heldOn(),
                        s.notes(),
                        nameOf(coaches.get(s.coachId())),
                        steps.getOrDefault(s.id(), List.of())))
                .toList();
    }

    @Transactional
    void addParty(UUID ideaId, UUID organisationId, String name, String part) {
        jdbc.sql("INSERT INTO idea_party (id, idea_id, organisation_id, name, part) VALUES (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), ideaId, organisationId, name.strip(), part.isBlank() ? null : part.strip())
                .update();
    }

    @Transactional(readOnly = true)
    List<PartyLine> parties(UUID ideaId) {
        return jdbc.sql("SELECT name, part, organisation_id FROM idea_party WHERE idea_id = ? ORDER BY name")
                .param(ideaId)
                .query((rs, n) -> new PartyLine(rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class)))
                .list();
    }

    @Transactional
    void addFunding(UUID ideaId, String source, BigDecimal amount, FundingStatus status) {
        jdbc.sql("""
				INSERT INTO idea_funding (id, idea_id, source, amount, status, created_at) VALUES (?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        ideaId,
                        source.strip(),
                        amount,
                        status.name(),
                        Timestamp.from(clock.instant()))
                .update();
    }

    @Transactional(readOnly = true)
    List<FundingLine> fundings(UUID ideaId) {
        return jdbc.sql("SELECT source, amount, status FROM idea_funding WHERE idea_id = ? ORDER BY created_at")
                .param(ideaId)
                .query((rs, n) ->
                        new FundingLine(rs.getString(1), rs.getBigDecimal(2), FundingStatus.valueOf(rs.getString(3))))
                .list();
    }

    /** The coaches, by name. */
    @Transactional(readOnly = true)
    List<CoachOption> coaches() {
        return accounts.enabledWithRole(Role.COACH).stream()
                .map(a -> new CoachOption(a.id(), a.displayName()))
                .toList();
    }

    /**
     * Reminds the coach of every next step due today or earlier, each step once: {@code reminded_at} is claimed
     * before the event is published. Steps of ideas without a coach wait until one takes the idea on.
     */
    @Transactional
    int remindDueSteps() {
        record Due(UUID stepId, UUID ideaId, String title, String step, String owner, LocalDate dueOn, UUID coachId) {}
        var due = jdbc.sql("""
				SELECT s.id, i.id, i.title, s.description, s.owner, s.due_on, i.coach_id
				FROM idea_step s JOIN idea i ON i.id = s.idea_id
				WHERE s.reminded_at IS NULL AND s.due_on <= ? AND i.coach_id IS NOT NULL ORDER BY s.due_on""")
                .param(today())
                .query((rs, n) -> new Due(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, LocalDate.class),
                        rs.getObject(7, UUID.class)))
                .list();
        var coaches = accounts.byIds(due.stream().map(Due::coachId).toList());
        var reminded = 0;
        var now = Timestamp.from(clock.instant());
        for (var d : due) {
            var coach = coaches.get(d.coachId());
            if (coach == null) {
                continue;
            }
            var claimed = jdbc.sql("UPDATE idea_step SET reminded_at = ? WHERE id = ? AND reminded_at IS NULL")
                            .params(now, d.stepId())
                            .update()
                    == 1;
            if (claimed && EmailAddress.isValid(coach.username())) {
                events.publishEvent(new NextStepDue(
                        d.stepId(),
                        d.ideaId(),
                        d.title(),
                        d.step(),
                        d.owner(),
                        d.dueOn(),
                        coach.displayName(),
                        coach.username()));
                reminded++;
            }
        }
        return reminded;
    }

    private static String nameOf(AccountSummary account) {
        return account == null ? null : account.displayName();
    }

    private static LocalDate date(Timestamp t) {
        return t.toInstant().atZone(STOCKHOLM).toLocalDate();
    }

    /** The help wanted for one idea, or for every idea when {@code ideaId} is null. */
    private java.util.Map<UUID, List<HelpWanted>> helpByIdea(UUID ideaId) {
        var help = new java.util.HashMap<UUID, List<HelpWanted>>();
        var sql =
                "SELECT idea_id, help FROM idea_help" + (ideaId == null ? "" : " WHERE idea_id = ?") + " ORDER BY help";
        var query = jdbc.sql(sql);
        if (ideaId != null) {
            query = query.param(ideaId);
        }
        query.query(rs -> {
            help.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(HelpWanted.valueOf(rs.getString(2)));
        });
        return help;
    }
}
