package se.samverka.meeting;

/** The owner chosen for an action is no approved organisation or active department (any more). */
class UnknownActionOwner extends RuntimeException {

    UnknownActionOwner() {
        super("Unknown owner of a follow-up action");
    }
}
