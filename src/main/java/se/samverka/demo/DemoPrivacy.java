package se.samverka.demo;

import org.springframework.stereotype.Component;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;

/**
 * The data-protection officer (dpo@example.se / dpo), who reads the audit log at /dataskydd. Created on its own
 * check, so a demo database from before the audit log gets the login too.
 */
@Component
class DemoPrivacy {

    static final String DPO = "dpo@example.se";

    private final AccountManagement accounts;

    DemoPrivacy(AccountManagement accounts) {
        this.accounts = accounts;
    }

    void create() {
        if (accounts.findByUsername(DPO).isEmpty()) {
            accounts.createStaffAccount(DPO, "dpo", Role.PRIVACY_OFFICER, "Dora Dataskyddsombud");
        }
    }
}
