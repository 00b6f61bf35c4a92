package se.samverka.referral;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.organisation.Organisations;
import se.samverka.overview.OverviewFigure;
import se.samverka.overview.OverviewFilter;
import se.samverka.overview.OverviewLinks;
import se.samverka.overview.OverviewPage;
import se.samverka.overview.OverviewSection;
import se.samverka.shared.HelpKind;

/**
 * The referrals' part of the overview: requests referred to associations and what became of each offer. Referrals
 * belong to no department, so the figures are totals only. Of the request it knows the kind and district the referral
 * keeps, nothing else: never the resident's name, address, phone or the request's text. See docs/overview.md.
 */
@Component
class ReferralOverview implements OverviewSection {

    static final String LIST = "/samverkan/oversikt/hanvisningar";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Organisations organisations;

    ReferralOverview(JdbcClient jdbc, Clock clock, Organisations organisations) {
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One offer in the list behind the figures. */
    record Line(
            UUID id,
            String organisation,
            HelpKind kind,
            String districtId,
            Instant offeredAt,
            Instant deadline,
            Instant answeredAt,
            ReferralOutcome outcome) {

        Line withOrganisation(String name) {
            return new Line(id, name, kind, districtId, offeredAt, deadline, answeredAt, outcome);
        }
    }

    @Override
    public String titleKey() {
        return "referral.overview.title";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OverviewFigure> figures(OverviewFilter filter) {
        var now = Timestamp.from(clock.instant());
        var where = where(filter, null, now);
        var counts = new ArrayList<Object>(List.of(now, now));
        counts.addAll(where.params);
        var row = jdbc.sql("SELECT COUNT(DISTINCT r.request_id), COUNT(*), "
                        + sum(ReferralOutcome.ACCEPTED) + ", " + sum(ReferralOutcome.DECLINED) + ", "
                        + sum(ReferralOutcome.EXPIRED) + ", " + sum(ReferralOutcome.OPEN) + ", "
                        + sum(ReferralOutcome.WITHDRAWN) + FROM + where.sql)
                .params(counts)
                .query((rs, i) -> new long[] {
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getLong(3),
                    rs.getLong(4),
                    rs.getLong(5),
                    rs.getLong(6),
                    rs.getLong(7)
                })
                .single();
        var figures = new ArrayList<OverviewFigure>();
        figures.add(figure("referral.overview.requests", row[0], filter, null));
        figures.add(figure("referral.overview.offers", row[1], filter, null));
        var outcomes = ReferralOutcome.values();
        for (int i = 0; i < outcomes.length; i++) {
            figures.add(figure(outcomes[i].messageKey(), row[2 + i], filter, outcomes[i]));
        }
        return figures;
    }

    @Transactional(readOnly = true)
    OverviewPage<Line> list(OverviewFilter filter, ReferralOutcome outcome, int requestedPage) {
        var where = where(filter, outcome, Timestamp.from(clock.instant()));
        long total = jdbc.sql("SELECT COUNT(*)" + FROM + where.sql)
                .params(where.params)
                .query(Long.class)
                .single();
        int page = OverviewPage.clamp(requestedPage, total);
        return new OverviewPage<>(
                lines(where, OverviewPage.SIZE, OverviewPage.offset(page)), page, OverviewPage.pages(total), total);
    }

    /** Every offer the filter lets through, for the CSV file. */
    @Transactional(readOnly = true)
    List<Line> all(OverviewFilter filter, ReferralOutcome outcome) {
        return lines(where(filter, outcome, Timestamp.from(clock.instant())), Integer.MAX_VALUE, 0);
    }

    private List<Line> lines(Where where, int limit, int offset) {
        var now = clock.instant();
        var params = new ArrayList<Object>(where.params);
        params.add(limit);
        params.add(offset);
        var lines = jdbc.sql("""
				SELECT r.id, r.organisation_id, r.request_kind, r.request_district_id, r.offered_at, r.deadline, r.answered_at, r.status
				""" + FROM + where.sql + " ORDER BY r.offered_at DESC, r.id LIMIT ? OFFSET ?")
                .params(params)
                .query((rs, i) -> {
                    var deadline = rs.getTimestamp(6).toInstant();
                    var answered = rs.getTimestamp(7);
                    return new Line(
                            rs.getObject(1, UUID.class),
                            rs.getString(2),
                            HelpKind.valueOf(rs.getString(3)),
                            rs.getString(4),
                            rs.getTimestamp(5).toInstant(),
                            deadline,
                            answered == null ? null : answered.toInstant(),
                            outcome(rs.getString(8), deadline, now));
                })
                .list();
        // the organisation's name, as the organisation module keeps it
        var names = organisations.namesOf(
                lines.stream().map(l -> UUID.fromString(l.organisation())).toList());
        return lines.stream()
                .map(l -> l.withOrganisation(names.getOrDefault(UUID.fromString(l.organisation()), "")))
                .toList();
    }

    static ReferralOutcome outcome(String status, Instant deadline, Instant now) {
        return switch (ReferralStatus.valueOf(status)) {
            case ACCEPTED -> ReferralOutcome.ACCEPTED;
            case DECLINED -> ReferralOutcome.DECLINED;
            case EXPIRED -> ReferralOutcome.EXPIRED;
            case WITHDRAWN -> ReferralOutcome.WITHDRAWN;
            case OFFERED -> deadline.isAfter(now) ? ReferralOutcome.OPEN : ReferralOutcome.EXPIRED;
        };
    }

    private OverviewFigure figure(String key, long count, OverviewFilter filter, ReferralOutcome outcome) {
        return new OverviewFigure(
                key,
                count,
                Map.of(),
                OverviewLinks.to(LIST, filter, "utfall", outcome == null ? null : outcome.name()));
    }

    private static final String FROM = " FROM referral r";

    private static String sum(ReferralOutcome outcome) {
        return "SUM(CASE WHEN " + outcome.condition + " THEN 1 ELSE 0 END)";
    }

    private record Where(String sql, List<Object> params) {}

    /** Offers made in the filter's period, to the organisation, for requests in the district. */
    private Where where(OverviewFilter filter, ReferralOutcome outcome, Timestamp now) {
        var sql = new StringBuilder(" WHERE 1 = 1");
        var params = new ArrayList<Object>();
        if (filter.organisationId() != null) {
            sql.append(" AND r.organisation_id = ?");
            params.add(filter.organisationId());
        }
        if (filter.districtId() != null) {
            sql.append(" AND r.request_district_id = ?");
            params.add(filter.districtId());
        }
        if (filter.from() != null) {
            sql.append(" AND r.offered_at >= ?");
            params.add(startOf(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" AND r.offered_at < ?");
            params.add(startOf(filter.to().plusDays(1)));
        }
        if (outcome != null) {
            sql.append(" AND ").append(outcome.condition);
            if (outcome.needsNow()) {
                params.add(now);
            }
        }
        return new Where(sql.toString(), params);
    }

    private Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(clock.getZone()).toInstant());
    }
}
