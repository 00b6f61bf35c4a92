package se.samverka.registerimport;

import java.util.UUID;

/**
 * One row of a file as the preview shows it and the import will use it. Values are normalised (an
 * organisationsnummer as NNNNNN-NNNN, a number in E.164, districts as ids separated by commas); an ERROR or
 * DUPLICATE row keeps what the file said in {@code raw}.
 *
 * @param reason a message key suffix under {@code registerimport.reason.}, null for a plain new row
 * @param reasonArg a value for the message: a column, a line number, a district
 * @param targetId the organisation an UPDATE row changes, or the volunteer a resource-group row names
 * @param result after the run: CREATED, UPDATED, INVITED, ADDED or SKIPPED
 * @param member the group, role and training of a resource-group row (the volunteer is {@code targetId}), else null
 */
record StagedRow(
        int line,
        Outcome outcome,
        String reason,
        String reasonArg,
        UUID targetId,
        String name,
        String orgNumber,
        String email,
        String phone,
        String districts,
        String form,
        String website,
        String purpose,
        String languages,
        String raw,
        String result,
        MemberRow member) {

    /** The same row with another outcome and reason (the file's text kept for the preview). */
    StagedRow as(Outcome to, String why, String arg, String rawText) {
        return new StagedRow(
                line, to, why, arg, targetId, name, orgNumber, email, phone, districts, form, website, purpose,
                languages, rawText, null, member);
    }

    /** The row found in the volunteer register: the volunteer, and their name there when the file gave none. */
    StagedRow matched(UUID volunteer, String registerName) {
        return new StagedRow(
                line,
                outcome,
                reason,
                reasonArg,
                volunteer,
                name == null ? registerName : name,
                orgNumber,
                email,
                phone,
                districts,
                form,
                website,
                purpose,
                languages,
                raw,
                result,
                member);
    }

    static StagedRow error(int line, String reason, String reasonArg, String raw) {
        return new StagedRow(
                line,
                Outcome.ERROR,
                reason,
                reasonArg,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                raw,
                null,
                null);
    }

    StagedRow duplicate(String why, String arg, String rawText) {
        return new StagedRow(
                line,
                Outcome.DUPLICATE,
                why,
                arg,
                null,
                name,
                orgNumber,
                email,
                phone,
                districts,
                form,
                website,
                purpose,
                languages,
                rawText,
                null,
                member);
    }

    /** LEADER or MEMBER when a resource-group row that is not an error sets the role, else null (for the preview). */
    public String memberRole() {
        return member == null || outcome == Outcome.ERROR ? null : member.role();
    }

    /** What the preview shows of the row: the file's text for an error, else the key values. */
    public String details() {
        if (outcome == Outcome.ERROR) {
            return raw;
        }
        if (member != null) {
            return java.util.stream.Stream.of(
                            member.groupName(),
                            email,
                            phone,
                            member.training(),
                            member.trainedOn() == null
                                    ? null
                                    : member.expiresOn() == null
                                            ? member.trainedOn().toString()
                                            : member.trainedOn() + " – " + member.expiresOn())
                    .filter(java.util.Objects::nonNull)
                    .collect(java.util.stream.Collectors.joining(", "));
        }
        return java.util.stream.Stream.of(orgNumber, email, phone)
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.joining(", "));
    }
}
