package se.samverka.organisation;

/**
 * Another organisation has the name or the organisationsnummer; {@code field} is the form field to blame. The
 * database's unique keys decide, also when two people submit the same name at the same moment.
 */
class DuplicateOrganisation extends RuntimeException {

    final String field;

    DuplicateOrganisation(String field) {
        super(field + " taken");
        this.field = field;
    }
}
