package se.samverka.web;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions in the database. Two requests of one session that both add the same attribute (parallel requests right
 * after login) each insert it; the second insert then broke the unique key and answered 500. On PostgreSQL the
 * attribute is written with an upsert instead. The demo's H2 keeps Spring Session's plain insert: one person
 * clicks there.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfig {

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributesOnPostgreSql(
            DataSource dataSource) {
        return repository -> {
            if (isPostgreSql(dataSource)) {
                new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(repository);
            }
        };
    }

    static boolean isPostgreSql(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return "PostgreSQL".equals(product);
        } catch (MetaDataAccessException ex) {
            throw new IllegalStateException("Cannot tell which database holds the sessions", ex);
        }
    }
}
