package se.samverka.registerimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import se.samverka.resourcegroup.GroupMemberImport.Membership;
import se.samverka.shared.PhoneNumber;
import se.samverka.volunteer.VolunteerContact;

/**
 * Finds the person of each readable resource-group row in the volunteer register (by e-mail address, else by mobile
 * number) and compares the row with the group's members. Nobody is ever created here: someone who is not a volunteer,
 * or has not confirmed their registration themselves, is an ERROR the administrator must resolve first.
 */
final class MemberMatch {

    private MemberMatch() {}

    /** The addresses and numbers of the rows still NEW, for asking the register in one go. */
    static List<Set<String>> keys(List<StagedRow> rows) {
        var emails = new LinkedHashSet<String>();
        var phones = new LinkedHashSet<String>();
        for (var r : rows) {
            if (r.outcome() == Outcome.NEW) {
                if (r.email() != null) {
                    emails.add(r.email());
                }
                if (r.phone() != null) {
                    phones.add(r.phone());
                }
            }
        }
        return List.of(emails, phones);
    }

    /** The groups the rows still NEW name. */
    static Set<UUID> groups(List<StagedRow> rows) {
        var ids = new LinkedHashSet<UUID>();
        rows.stream()
                .filter(r -> r.outcome() == Outcome.NEW)
                .forEach(r -> ids.add(r.member().groupId()));
        return ids;
    }

    static List<StagedRow> against(List<StagedRow> rows, List<VolunteerContact> found, List<Membership> members) {
        var byEmail = new HashMap<String, VolunteerContact>();
        var byPhone = new HashMap<String, List<VolunteerContact>>();
        for (var v : found) {
            byEmail.put(v.email(), v);
            byPhone.computeIfAbsent(v.phone(), k -> new ArrayList<>()).add(v);
        }
        var membership = new HashMap<List<UUID>, Membership>();
        members.forEach(m -> membership.put(List.of(m.groupId(), m.volunteerId()), m));
        var seen = new HashMap<List<UUID>, Integer>();
        var result = new ArrayList<StagedRow>(rows.size());
        for (var row : rows) {
            result.add(row.outcome() == Outcome.NEW ? match(row, byEmail, byPhone, membership, seen) : row);
        }
        return result;
    }

    private static StagedRow match(
            StagedRow row,
            Map<String, VolunteerContact> byEmail,
            Map<String, List<VolunteerContact>> byPhone,
            Map<List<UUID>, Membership> membership,
            Map<List<UUID>, Integer> seen) {
        var who = row.email() != null ? row.email() : PhoneNumber.displayOf(row.phone());
        var person = row.email() == null ? null : byEmail.get(row.email());
        if (person == null && row.phone() != null) {
            var sharing = byPhone.getOrDefault(row.phone(), List.of());
            if (sharing.size() > 1) {
                return row.as(Outcome.ERROR, "phoneShared", PhoneNumber.displayOf(row.phone()), row.raw());
            }
            person = sharing.isEmpty() ? null : sharing.get(0);
        }
        if (person == null) {
            return row.as(Outcome.ERROR, "notVolunteer", who, row.raw());
        }
        if (!person.confirmed()) {
            return row.as(Outcome.ERROR, "notConfirmed", who, row.raw());
        }
        var matched = row.matched(person.id(), person.name());
        var key = List.of(row.member().groupId(), person.id());
        var first = seen.putIfAbsent(key, row.line());
        if (first != null) {
            return matched.as(Outcome.DUPLICATE, "memberInFile", String.valueOf(first), row.raw());
        }
        var existing = membership.get(key);
        if (existing == null) {
            return matched;
        }
        return changes(row.member(), existing)
                ? matched.as(Outcome.UPDATE, "memberChanges", row.member().groupName(), row.raw())
                : matched.as(Outcome.DUPLICATE, "alreadyMember", row.member().groupName(), row.raw());
    }

    /** Whether the row sets another role, or a training the member does not have with these dates. */
    static boolean changes(MemberRow row, Membership member) {
        if (row.leader() != null && row.leader() != member.leader()) {
            return true;
        }
        return row.training() != null
                && member.trainings().stream()
                        .noneMatch(t -> t.name().equalsIgnoreCase(row.training())
                                && t.takenOn().equals(row.trainedOn())
                                && Objects.equals(t.expiresOn(), row.expiresOn()));
    }
}
