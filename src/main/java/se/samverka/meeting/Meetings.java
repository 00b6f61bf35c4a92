package se.samverka.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Meetings themselves: creating, changing, finding and listing them. */
@Service
class Meetings {

    static final int PAGE_SIZE = 20;

    static final String COLUMNS = """
			m.id, m.kind, m.title, m.agenda, m.starts_at, m.ends_at, m.place, m.video_link, m.capacity, m.taken,
			m.organiser_department_id, m.minutes, m.created_by
			FROM meeting m""";

    private final JdbcClient jdbc;
    private final Registrations registrations;
    private final Clock clock;
    private final OwnerNames owners;

    Meetings(JdbcClient jdbc, Registrations registrations, Clock clock, OwnerNames owners) {
        this.jdbc = jdbc;
        this.registrations = registrations;
        this.clock = clock;
        this.owners = owners;
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Meeting.STOCKHOLM));
    }

    /** Saves a new meeting. Refused (nothing saved) when it would start in the past. */
    @Transactional
    UUID create(MeetingDetails details, String by) {
        if (details.startsAt().isBefore(now())) {
            throw new MeetingRefused(Set.of(MeetingRefused.Reason.START_IN_PAST), 0);
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
				INSERT INTO meeting (id, kind, title, agenda, starts_at, ends_at, place, video_link, capacity,
				  organiser_department_id, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        details.kind().name(),
                        details.title(),
                        details.agenda(),
                        Timestamp.from(details.startsAt()),
                        Timestamp.from(details.endsAt()),
                        details.place(),
                        details.videoLink(),
                        details.capacity(),
                        details.departmentId(),
                        by,
                        Timestamp.from(now()))
                .update();
        return id;
    }

    /**
     * Changes a meeting. A new start may not be in the past, and the capacity not below the seats already taken
     * (checked under the meeting's row lock, so no registration slips in between). A larger capacity lets the
     * waiting list move up.
     */
    @Transactional
    void update(UUID id, MeetingDetails details) {
        var current = lock(id);
        var start = details.startsAt();
        var reasons = EnumSet.noneOf(MeetingRefused.Reason.class);
        if (!start.equals(current.startsAt()) && start.isBefore(now())) {
            reasons.add(MeetingRefused.Reason.START_IN_PAST);
        }
        var capacity = details.capacity();
        if (capacity != null && capacity < current.taken()) {
            reasons.add(MeetingRefused.Reason.CAPACITY_BELOW_TAKEN);
        }
        if (!reasons.isEmpty()) {
            throw new MeetingRefused(reasons, current.taken());
        }
        jdbc.sql("""
				UPDATE meeting SET kind = ?, title = ?, agenda = ?, starts_at = ?, ends_at = ?, place = ?,
				  video_link = ?, capacity = ?, organiser_department_id = ? WHERE id = ?""")
                .params(
                        details.kind().name(),
                        details.title(),
                        details.agenda(),
                        Timestamp.from(start),
                        Timestamp.from(details.endsAt()),
                        details.place(),
                        details.videoLink(),
                        capacity,
                        details.departmentId(),
                        id)
                .update();
        registrations.promote(id);
    }

    /** The meeting, its row locked until the transaction ends: registrations on it wait for each other. */
    Meeting lock(UUID id) {
        jdbc.sql("SELECT id FROM meeting WHERE id = ? FOR UPDATE")
                .param(id)
                .query(UUID.class)
                .single();
        return find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    Optional<Meeting> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE m.id = ?")
                .param(id)
                .query(Meetings::map)
                .optional()
                .map(m -> named(List.of(m)).get(0));
    }

    /** A filter of the list: every part may be null. {@code held} true: only meetings that have ended. */
    record Filter(MeetingKind kind, Boolean held, String department, LocalDate from, LocalDate to) {}

    /** One page of the meetings under the filter, upcoming first by start, then the past latest first. */
    @Transactional(readOnly = true)
    Page list(Filter filter, int page) {
        var where = new StringBuilder(" WHERE TRUE");
        var params = new ArrayList<Object>();
        if (filter.kind() != null) {
            where.append(" AND m.kind = ?");
            params.add(filter.kind().name());
        }
        if (Boolean.TRUE.equals(filter.held())) {
            where.append(" AND m.ends_at < ?");
            params.add(Timestamp.from(now()));
        } else if (Boolean.FALSE.equals(filter.held())) {
            where.append(" AND m.ends_at >= ?");
            params.add(Timestamp.from(now()));
        }
        if (filter.department() != null) {
            where.append(" AND m.organiser_department_id = ?");
            params.add(filter.department());
        }
        if (filter.from() != null) {
            where.append(" AND m.starts_at >= ?");
            params.add(
                    Timestamp.from(filter.from().atStartOfDay(Meeting.STOCKHOLM).toInstant()));
        }
        if (filter.to() != null) {
            where.append(" AND m.starts_at < ?");
            params.add(Timestamp.from(
                    filter.to().plusDays(1).atStartOfDay(Meeting.STOCKHOLM).toInstant()));
        }
        var total = jdbc.sql("SELECT COUNT(*) FROM meeting m" + where)
                .params(params)
                .query(Long.class)
                .single();
        var pageParams = new ArrayList<>(params);
        pageParams.add(PAGE_SIZE);
        pageParams.add((long) Math.max(0, page) * PAGE_SIZE);
        var rows = named(jdbc.sql("SELECT " + COLUMNS + where + " ORDER BY m.starts_at DESC LIMIT ? OFFSET ?")
                .params(pageParams)
                .query(Meetings::map)
                .list());
        return new Page(rows, Math.max(0, page), total);
    }

    /** A page of a list. */
    public record Page(List<Meeting> rows, int page, long total) {

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return (long) (page + 1) * PAGE_SIZE < total;
        }
    }

    /** The meetings an organisation is invited to, latest first. */
    @Transactional(readOnly = true)
    List<Meeting> invitedTo(UUID organisationId) {
        return named(jdbc.sql("SELECT " + COLUMNS + " " + """
				 WHERE EXISTS (SELECT 1 FROM meeting_invitation i WHERE i.meeting_id = m.id AND i.organisation_id = ?)
				 ORDER BY m.starts_at DESC""")
                .param(organisationId)
                .query(Meetings::map)
                .list());
    }

    @Transactional(readOnly = true)
    boolean invited(UUID meetingId, UUID organisationId) {
        return jdbc.sql("SELECT COUNT(*) FROM meeting_invitation WHERE meeting_id = ? AND organisation_id = ?")
                        .params(meetingId, organisationId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    @Transactional
    void saveMinutes(UUID meetingId, String minutes) {
        jdbc.sql("UPDATE meeting SET minutes = ? WHERE id = ?")
                .params(minutes == null || minutes.isBlank() ? null : minutes.strip(), meetingId)
                .update();
    }

    private List<Meeting> named(List<Meeting> meetings) {
        if (meetings.stream().allMatch(m -> m.departmentId() == null)) {
            return meetings;
        }
        var names = owners.departments();
        return meetings.stream()
                .map(m -> m.departmentId() == null ? m : m.withOrganiserName(names.get(m.departmentId())))
                .toList();
    }

    static Meeting map(ResultSet rs, int n) throws SQLException {
        var capacity = rs.getObject("capacity");
        return new Meeting(
                rs.getObject("id", UUID.class),
                MeetingKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("agenda"),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(),
                rs.getString("place"),
                rs.getString("video_link"),
                capacity == null ? null : ((Number) capacity).intValue(),
                rs.getInt("taken"),
                rs.getString("organiser_department_id"),
                null,
                rs.getString("minutes"),
                rs.getString("created_by"));
    }
}
