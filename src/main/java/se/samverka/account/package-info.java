/**
 * Accounts, roles and logging in: form login for staff with an e-mailed code as the second factor, one-time links by
 * e-mail for volunteers.
 * Also owns the security filter chain.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "privacy", "audit"})
package se.samverka.account;
