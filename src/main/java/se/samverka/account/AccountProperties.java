package se.samverka.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code samverka.account.initial-admin-username} and {@code -password}: on a fresh production database, the
 * first administrator is created from these (environment SAMVERKA_ADMIN_USERNAME / SAMVERKA_ADMIN_PASSWORD).
 * {@code samverka.account.inactive-after}: a staff account nobody has signed in to for this long is flagged on
 * /admin/konton (default 90 days).
 */
@ConfigurationProperties("samverka.account")
record AccountProperties(
        String initialAdminUsername,
        String initialAdminPassword,
        @DefaultValue("90d") Duration inactiveAfter) {}
