package se.samverka.account;

import java.time.Duration;
import java.util.UUID;

/**
 * A staff member gave their password and needs the second factor: the code to e-mail them. Short-lived and single
 * use; never logged. {@code id} names this one request (a key for the outbox that says nothing about the code).
 */
public record SignInCodeRequested(
        UUID id, UUID accountId, String email, String locale, String code, Duration validity) {

    @Override
    public String toString() {
        return "SignInCodeRequested[" + accountId + "]";
    }
}
