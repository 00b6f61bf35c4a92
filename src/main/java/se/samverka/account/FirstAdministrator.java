package se.samverka.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Creates the first administrator of a new installation, once, when none exists and one is configured. */
@Component
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    static final int MIN_PASSWORD_LENGTH = 12;

    private final AccountProperties properties;
    private final AccountManagement accounts;
    private final AccountRepository repository;

    FirstAdministrator(AccountProperties properties, AccountManagement accounts, AccountRepository repository) {
        this.properties = properties;
        this.accounts = accounts;
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) {
        var username = properties.initialAdminUsername();
        var password = properties.initialAdminPassword();
        if (username == null || username.isBlank() || password == null || repository.countAdministrators() > 0) {
            return;
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            log.warn(
                    "No administrator created: the initial password must have at least {} characters",
                    MIN_PASSWORD_LENGTH);
            return;
        }
        accounts.createStaffAccount(username, password, Role.ADMIN, username);
        log.info("Created the first administrator account");
    }
}
