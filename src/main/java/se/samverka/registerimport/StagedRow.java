package se.samverka.registerimport;

import java.util.UUID;

/**
 * One row of a file as the preview shows it and the import will use it. Values are normalised (an
 * organisationsnummer as NNNNNN-NNNN, a number in E.164, districts as ids separated by commas); an ERROR or
 * DUPLICATE row keeps what the file said in {@code raw}.
 *
 * @param reason a message key suffix under {@code registerimport.reason.}, null for a plain new row
 * @param reasonArg a value for the message: a column, a line number, a district
 * @param targetId the organisation an UPDATE row changes
 * @param result after the run: CREATED, UPDATED, INVITED or SKIPPED
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
        String result) {

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
                null);
    }

    /** What the preview shows of the row: the file's text for an error, else the key values. */
    public String details() {
        if (outcome == Outcome.ERROR) {
            return raw;
        }
        return java.util.stream.Stream.of(orgNumber, email, phone)
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.joining(", "));
    }
}
