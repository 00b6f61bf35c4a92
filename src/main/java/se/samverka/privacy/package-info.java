/**
 * Data-subject rights: a person's access to everything Samverka holds about them, and erasure. Every module that
 * stores personal data implements {@link se.samverka.privacy.PersonalDataHolder}; this module asks them all,
 * writes the audit entry, and erases on {@link se.samverka.shared.PersonErasureDue}.
 * {@link se.samverka.privacy.DataSubjectRights} is the module's API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "district"})
package se.samverka.privacy;
