package se.samverka.account;

import java.util.UUID;

/** A volunteer asked for a one-time login link; the token is single use and short-lived. */
public record LoginLinkRequested(UUID accountId, String email, String locale, String token) {

    @Override
    public String toString() {
        return "LoginLinkRequested[" + accountId + "]";
    }
}
