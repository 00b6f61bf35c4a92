package se.samverka.account;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start, after {@link FirstAdministrator} has made the first administrator: SAMVERKA_ADMIN_EMAIL becomes the code
 * address of the administrator SAMVERKA_ADMIN_USERNAME names (a new installation's, or the recovery of the only
 * administrator who lost their address).
 */
@Component
class AdministratorCodeAddress {

    private final CodeAddresses addresses;

    AdministratorCodeAddress(CodeAddresses addresses) {
        this.addresses = addresses;
    }

    @EventListener(ApplicationReadyEvent.class)
    void apply() {
        addresses.applyConfigured();
    }
}
