/**
 * Tells people what happened: turns other modules' events into e-mails, keeps every outgoing message in a
 * transactional outbox and sends it with retries. {@link se.samverka.notification.Outbox} is the module's API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "account", "volunteer", "matching" })
package se.samverka.notification;
