package se.samverka.collaboration;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.account.AccountDirectory;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;
import se.samverka.organisation.Departments;

/** The collaboration body's members: each department's representatives, staff accounts with a password. */
@Service
@Transactional(readOnly = true)
public class CollaborationBody {

    private final JdbcClient jdbc;
    private final AccountManagement accounts;
    private final Departments departments;
    private final Clock clock;
    private final AccountDirectory directory;

    CollaborationBody(
            JdbcClient jdbc,
            AccountManagement accounts,
            Departments departments,
            Clock clock,
            AccountDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.accounts = accounts;
        this.departments = departments;
        this.clock = clock;
    }

    /** A representative of one department; the same person may represent several. */
    public record Member(
            UUID id,
            String departmentId,
            String departmentName,
            UUID accountId,
            String name,
            String email,
            String language) {}

    /** Every member, by department in its configured order and then by name. */
    public List<Member> members() {
        var order = departments.active();
        var names = new java.util.HashMap<String, String>();
        order.forEach(d -> names.put(d.id(), d.name()));
        record Row(UUID id, String departmentId, UUID accountId) {}
        var rows = jdbc.sql("SELECT id, department_id, account_id FROM collaboration_representative")
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class)))
                .list();
        var people = directory.byIds(rows.stream().map(Row::accountId).toList());
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
        var position = new java.util.HashMap<String, Integer>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i).id(), i);
        }
        return all.stream()
                .sorted(java.util.Comparator.<Member>comparingInt(m -> position.getOrDefault(m.departmentId(), 999))
                        .thenComparing(Member::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    public List<Member> membersOf(String departmentId) {
        return members().stream()
                .filter(m -> m.departmentId().equals(departmentId))
                .toList();
    }

    /** The departments the account represents. */
    public List<String> departmentsOf(UUID accountId) {
        return jdbc.sql(
                        "SELECT department_id FROM collaboration_representative WHERE account_id = ? ORDER BY department_id")
                .param(accountId)
                .query(String.class)
                .list();
    }

    public boolean represents(UUID accountId, String departmentId) {
        return jdbc.sql("SELECT COUNT(*) FROM collaboration_representative WHERE account_id = ? AND department_id = ?")
                        .params(accountId, departmentId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Links an account to a department; false when it already represents it. */
    @Transactional
    public boolean link(String departmentId, UUID accountId) {
        return jdbc.sql("""
				INSERT INTO collaboration_representative (id, department_id, account_id, added_at)
				SELECT ?, ?, ?, ? WHERE NOT EXISTS
				  (SELECT 1 FROM collaboration_representative WHERE department_id = ? AND account_id = ?)""")
                        .params(
                                UUID.randomUUID(),
                                departmentId,
                                accountId,
                                Timestamp.from(clock.instant()),
                                departmentId,
                                accountId)
                        .update()
                == 1;
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
                        se.samverka.shared.LoginName.normalise(username),
                        password,
                        Role.DEPARTMENT_REPRESENTATIVE,
                        name.strip()));
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
    public boolean remove(UUID memberId) {
        var accountId = jdbc.sql("SELECT account_id FROM collaboration_representative WHERE id = ?")
                .param(memberId)
                .query(UUID.class)
                .optional();
        jdbc.sql("DELETE FROM collaboration_representative WHERE id = ?")
                .param(memberId)
                .update();
        accountId
                .filter(id -> departmentsOf(id).isEmpty())
                .filter(id -> accounts.isStaffAccountWithRole(id, Role.DEPARTMENT_REPRESENTATIVE))
                .ifPresent(accounts::endStaffAccess);
        return accountId.isPresent();
    }
}
