package se.samverka.demo;

import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;
import se.samverka.consent.ConsentPurpose;
import se.samverka.consent.Consents;
import se.samverka.shared.PersonRef;

/**
 * The data-protection officer (dpo@example.se / dpo), who reads the audit log at /dataskydd. Created on its own
 * check, so a demo database from before the audit log gets the login too.
 */
@Component
class DemoPrivacy {

    static final String DPO = "dpo@example.se";

    private final AccountManagement accounts;

    private final JdbcClient jdbc;

    private final Consents consents;

    DemoPrivacy(AccountManagement accounts, JdbcClient jdbc, Consents consents) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.consents = consents;
    }

    void create() {
        if (accounts.findByUsername(DPO).isEmpty()) {
            accounts.createStaffAccount(DPO, "dpo", Role.PRIVACY_OFFICER, "Dora Dataskyddsombud");
        }
        // the demo's volunteers are written straight to their table: their consent to the register is recorded here,
        // so that Mina samtycken shows it
        jdbc.sql("SELECT id, privacy_notice_version FROM volunteer")
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
                .list()
                .forEach(v -> consents.give(
                        PersonRef.volunteer(v.getKey()),
                        ConsentPurpose.VOLUNTEER_REGISTER,
                        v.getValue(),
                        Consents.SELF));
    }
}
