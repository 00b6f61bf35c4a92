/**
 * The audit log: an append-only record of who viewed or changed which person's data, when and for what purpose.
 * The database refuses to change an entry or to delete one younger than the retention floor.
 * {@link se.samverka.audit.AuditLog} is the module's API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "retention" })
package se.samverka.audit;
