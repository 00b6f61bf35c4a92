package se.samverka;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The test database starts empty once per test run, then every context just migrates. No kind of help needs a
 * safeguarding check in tests unless a test asks for one (SafeguardingMatchingTests sets a level and puts it back).
 */
@Configuration(proxyBeanMethods = false)
@Profile("test")
class TestDatabase {

    private static final AtomicBoolean CLEANED = new AtomicBoolean();

    @Bean
    FlywayMigrationStrategy cleanOncePerRun() {
        return flyway -> {
            if (CLEANED.compareAndSet(false, true)) {
                flyway.clean();
                flyway.migrate();
                JdbcClient.create(flyway.getConfiguration().getDataSource())
                        .sql("UPDATE help_kind SET safeguarding_level = 0")
                        .update();
                return;
            }
            flyway.migrate();
        };
    }
}
