package se.samverka.idea;

/** The organisation is not an approved one of the register (it may have been removed meanwhile). */
class UnknownOrganisation extends RuntimeException {

    UnknownOrganisation() {
        super("Not an approved organisation");
    }
}
