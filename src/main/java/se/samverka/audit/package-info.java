/**
 * The audit log: an append-only record of who viewed or changed which person's data, when and for what purpose.
 * The database refuses to change an entry or to delete one younger than the retention floor.
 * {@link se.samverka.audit.AuditLog} is the module's API; modules that hold persons implement
 * {@link se.samverka.audit.PersonDirectory} so that the data-protection officer's page at /dataskydd can find and name
 * them without this module depending on theirs.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "retention"})
package se.samverka.audit;
