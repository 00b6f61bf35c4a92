package se.samverka.collaboration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.organisation.Departments;
import se.samverka.organisation.Organisations;
import se.samverka.shared.NotFoundException;

/**
 * The reading side of the register: one agreement, the filtered list and its export, the overview's counts and
 * what needs attention, with department and organisation names from their module.
 */
@Service
class AgreementQueries {

    /** An open follow-up date this close (or passed) needs attention. */
    static final int FOLLOW_UP_SOON_DAYS = 14;

    private final AgreementRepository agreements;
    private final AgreementListRepository lists;
    private final Departments departments;
    private final Organisations organisations;
    private final Clock clock;

    AgreementQueries(
            AgreementRepository agreements,
            AgreementListRepository lists,
            Departments departments,
            Organisations organisations,
            Clock clock) {
        this.agreements = agreements;
        this.lists = lists;
        this.departments = departments;
        this.organisations = organisations;
        this.clock = clock;
    }

    LocalDate today() {
        return Agreements.today(clock);
    }

    @Transactional(readOnly = true)
    Optional<Agreement> find(UUID id) {
        return agreements
                .find(id)
                .map(a -> a.named(departmentName(a.departmentId()), organisationName(a.organisationId())));
    }

    /** The department the agreement belongs to, or 404. */
    @Transactional(readOnly = true)
    String departmentOf(UUID id) {
        return agreements.departmentOf(id).orElseThrow(() -> new NotFoundException("Agreement"));
    }

    /** One page of the agreements the filter lets through, the latest start first. */
    @Transactional(readOnly = true)
    AgreementPage search(AgreementFilter filter, int page) {
        var today = today();
        var total = lists.count(filter, today);
        var pages = Math.max(1, (total + AgreementPage.SIZE - 1) / AgreementPage.SIZE);
        var current = Math.min(Math.max(1, page), pages);
        var lines = lists.page(filter, today, AgreementPage.SIZE, (current - 1) * AgreementPage.SIZE);
        return new AgreementPage(named(lines), current, pages, total);
    }

    /** Every agreement the filter lets through, for the export. */
    @Transactional(readOnly = true)
    List<AgreementLine> all(AgreementFilter filter) {
        return named(lists.all(filter, today()));
    }

    /** How many agreements the filter lets through, per department. */
    @Transactional(readOnly = true)
    Map<String, Long> countByDepartment(AgreementFilter filter) {
        return lists.countByDepartment(filter, today());
    }

    /**
     * What needs attention: agreements in force or in draft with an open follow-up date within 14 days (or passed),
     * and active agreements that end within 90 days.
     */
    @Transactional(readOnly = true)
    List<AgreementLine> needingAttention() {
        var today = today();
        return named(lists.needingAttention(
                today, today.plusDays(FOLLOW_UP_SOON_DAYS), today.plusDays(AgreementFilter.ENDING_DAYS)));
    }

    /** Fills in department and organisation names through their module's API. */
    private List<AgreementLine> named(List<AgreementLine> lines) {
        Map<UUID, String> organisationNames = new HashMap<>();
        return lines.stream()
                .map(l -> l.named(
                        departmentName(l.departmentId()),
                        organisationNames.computeIfAbsent(l.organisationId(), this::organisationName)))
                .toList();
    }

    private String departmentName(String id) {
        return departments.find(id).map(d -> d.name()).orElse(id);
    }

    private String organisationName(UUID id) {
        return organisations.find(id).map(o -> o.name()).orElse("");
    }
}
