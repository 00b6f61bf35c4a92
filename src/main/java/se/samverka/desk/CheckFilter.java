package se.samverka.desk;

/** The register's safeguarding filter: a level reached, or a step that is missing. */
enum CheckFilter {
    MISSING_ID_CHECK,
    MISSING_PLEDGE,
    MISSING_RECORD,
    LEVEL_0,
    LEVEL_1,
    LEVEL_2;

    public String messageKey() {
        return "desk.check." + name();
    }
}
