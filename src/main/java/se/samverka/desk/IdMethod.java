package se.samverka.desk;

/** What identity document staff saw at an onboarding meeting. */
enum IdMethod {
    PASSPORT,
    NATIONAL_ID_CARD,
    DRIVING_LICENCE,
    OTHER_ID;

    public String messageKey() {
        return "desk.idcheck.method." + name();
    }
}
