package se.samverka.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.IntegrationTest;

/** Runs in a transaction that is rolled back, so it can start from a database without administrators. */
@IntegrationTest
@Transactional
class FirstAdministratorTests {

    static final String LONG_ENOUGH = "ett tillräckligt långt lösenord";

    @Autowired
    AccountManagement accounts;

    @Autowired
    AccountRepository repository;

    @Autowired
    JdbcClient jdbc;

    @Test
    void createsTheConfiguredAdministratorOnceAndOnlyWithALongPassword() {
        jdbc.sql("DELETE FROM account WHERE role = 'ADMIN'").update();

        first("forsta-admin", "kort");
        assertThat(repository.countAdministrators()).isZero();

        first("forsta-admin", LONG_ENOUGH);
        assertThat(accounts.findByUsername("forsta-admin"))
                .hasValueSatisfying(u -> assertThat(u.role()).isEqualTo(Role.ADMIN));

        first("andra-admin", LONG_ENOUGH);
        assertThat(repository.countAdministrators()).isEqualTo(1);
        assertThat(accounts.findByUsername("andra-admin")).isEmpty();
    }

    @Test
    void nothingConfiguredCreatesNothing() {
        jdbc.sql("DELETE FROM account WHERE role = 'ADMIN'").update();
        first(null, null);
        first("", LONG_ENOUGH);
        assertThat(repository.countAdministrators()).isZero();
    }

    private void first(String username, String password) {
        new FirstAdministrator(
                        new AccountProperties(username, password, java.time.Duration.ofDays(90)), accounts, repository)
                .run(null);
    }
}
