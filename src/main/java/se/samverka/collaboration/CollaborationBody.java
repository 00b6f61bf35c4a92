package se.samverka.collaboration;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.account.AccountDirectory;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;
import se.samverka.organisation.Departments;
import se.samverka.shared.LoginName;

/** The collaboration body's members: each department's representatives, staff accounts with a password. */
@Service
public class CollaborationBody {

    private final CollaborationBodyRepository representatives;
    private final AccountManagement accounts;
    private final Departments departments;
    private final Clock clock;
    private final AccountDirectory directory;

    CollaborationBody(
            CollaborationBodyRepository representatives,
            AccountManagement accounts,
            Departments departments,
            Clock clock,
            AccountDirectory directory) {
        this.representatives = representatives;
        this.directory = directory;
        this.accounts = accounts;
        this.departments = departments;
        this.clock = clock;
    }

    /** A representative of one department; the same person may represent several. */
    record Member(
            UUID id,
            String departmentId,
            String departmentName,
            UUID accountId,
            String name,
            String email,
            String language) {}

    /** Every member, by department in its configured order and then by name. */
    @Transactional(readOnly = true)
    List<Member> members() {
        var order = departments.active();
        var names = new HashMap<String, String>();
        order.forEach(d -> names.put(d.id(), d.name()));
        var rows = representatives.all();
        var people = directory.byIds(rows.stream()
                .map(CollaborationBodyRepository.Membership::accountId)
                .toList());
        var all = rows.stream()
                .filter(r -> people.containsKey(r.accountId()))
                .map(r -> {
                    var account = people.get(r.accountId());
                    return new Member(
                            r.id(),
                            r.departmentId(),
                            names.getOrDefault(r.departmentId(), r.departmentId()),
                            account.id(),
                            account.displayName(),
                            account.username(),
                            account.locale());
                })
                .toList();
        var position = new HashMap<String, Integer>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i).id(), i);
        }
        return all.stream()
                .sorted(Comparator.<Member>comparingInt(m -> position.getOrDefault(m.departmentId(), 999))
                        .thenComparing(Member::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Transactional(readOnly = true)
    List<Member> membersOf(String departmentId) {
        return members().stream()
                .filter(m -> m.departmentId().equals(departmentId))
                .toList();
    }

    /** The departments the account represents. */
    @Transactional(readOnly = true)
    List<String> departmentsOf(UUID accountId) {
        return representatives.departmentsOf(accountId);
    }

    @Transactional(readOnly = true)
    boolean represents(UUID accountId, String departmentId) {
        return representatives.represents(accountId, departmentId);
    }

    /** Links an account to a department; false when it already represents it. */
    @Transactional
    boolean link(String departmentId, UUID accountId) {
        return representatives.link(departmentId, accountId, clock.instant());
    }

    /**
     * A department representative's account for the address, created with the password when there is none, and
     * linked to the department. Used by the demo data; the admin page checks the form first.
     */
    @Transactional
    public UUID appoint(String departmentId, String username, String name, String password) {
        var accountId = accounts.findByUsername(username)
                .map(u -> u.accountId())
                .orElseGet(() -> accounts.createStaffAccount(
                        LoginName.normalise(username), password, Role.DEPARTMENT_REPRESENTATIVE, name.strip()));
        if (link(departmentId, accountId) && departmentsOf(accountId).size() == 1) {
            // an appointment gives access again to a representative whose access ended with their last department
            accounts.restoreStaffAccess(accountId);
        }
        return accountId;
    }

    /**
     * Ends a membership. The account stays, for its other departments and the history; a department representative
     * who represents no department any more loses access at once (account disabled, sessions ended, audited).
     */
    @Transactional
    boolean remove(UUID memberId) {
        var accountId = representatives.accountOf(memberId);
        representatives.delete(memberId);
        accountId
                .filter(id -> departmentsOf(id).isEmpty())
                .filter(id -> accounts.isStaffAccountWithRole(id, Role.DEPARTMENT_REPRESENTATIVE))
                .ifPresent(accounts::endStaffAccess);
        return accountId.isPresent();
    }
}
