package se.samverka.registerimport;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Component;
import se.samverka.resourcegroup.GroupMemberImport;
import se.samverka.volunteer.Volunteers;

/**
 * The writes of a resource-group import: the NEW and UPDATE rows through {@link GroupMemberImport}, in JDBC batches
 * of {@link ImportRun#CHUNK}, in the caller's transaction. A volunteer who left the register between the preview and
 * the run (they may erase themselves at any time) is skipped, never brought back.
 */
@Component
class MemberRun {

    private final GroupMemberImport groups;
    private final Volunteers volunteers;

    MemberRun(GroupMemberImport groups, Volunteers volunteers) {
        this.groups = groups;
        this.volunteers = volunteers;
    }

    /** Returns line, result (ADDED, UPDATED or SKIPPED) and volunteer id of each row written. */
    List<Object[]> write(List<StagedRow> rows, String staff, IntConsumer progress) {
        var results = new ArrayList<Object[]>();
        var todo = rows.stream()
                .filter(r -> r.outcome() == Outcome.NEW || r.outcome() == Outcome.UPDATE)
                .toList();
        for (int from = 0; from < todo.size(); from += ImportRun.CHUNK) {
            var chunk = todo.subList(from, Math.min(todo.size(), from + ImportRun.CHUNK));
            var present = volunteers
                    .namesOf(chunk.stream().map(StagedRow::targetId).toList())
                    .keySet();
            var members = new ArrayList<GroupMemberImport.Imported>();
            for (var r : chunk) {
                if (!present.contains(r.targetId())) {
                    results.add(new Object[] {r.line(), "SKIPPED", null});
                    continue;
                }
                var m = r.member();
                members.add(new GroupMemberImport.Imported(
                        m.groupId(), r.targetId(), m.leader(), m.training(), m.trainedOn(), m.expiresOn()));
                results.add(new Object[] {r.line(), r.outcome() == Outcome.NEW ? "ADDED" : "UPDATED", r.targetId()});
            }
            groups.save(members, staff);
            progress.accept(from + chunk.size());
        }
        return results;
    }
}
