package se.samverka.account;

/** Where a staff account stands on /admin/konton. */
enum StaffStatus {
    /** enabled and signed in to within the configured period */
    ACTIVE,
    /** enabled, but nobody has signed in to it for longer than the configured period: worth a look */
    INACTIVE,
    /** cannot sign in */
    DISABLED
}
