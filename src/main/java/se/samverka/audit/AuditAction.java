package se.samverka.audit;

/** What a staff member (or Samverka itself) did with a person's data. */
public enum AuditAction {
    /** Read data about the person, on a page or in an export. */
    VIEW,
    /** Created or changed data about the person. */
    CHANGE,
    /** Handed the person's data out of Samverka: a download, a CSV file, a referral. */
    EXPORT,
    /** Erased or pseudonymised the person. */
    ERASE
}
