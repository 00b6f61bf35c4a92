package se.samverka.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code samverka.account.initial-admin-username} and {@code -password}: on a fresh production database, the
 * first administrator is created from these (environment SAMVERKA_ADMIN_USERNAME / SAMVERKA_ADMIN_PASSWORD).
 */
@ConfigurationProperties("samverka.account")
record AccountProperties(String initialAdminUsername, String initialAdminPassword) {
}
